//! Unit tests of configuration parsing and validation.

use super::*;

#[test]
fn env_example_documents_every_setting() {
    let example = include_str!("../../../../.env.example");
    let settings = serde_json::to_value(Raw::default()).unwrap();
    for key in settings.as_object().unwrap().keys() {
        let var = format!("OBSCURA_{}", key.to_uppercase());
        assert!(
            example.contains(&format!("{var}=")),
            "{var} is not documented in .env.example"
        );
    }
}

#[test]
fn defaults_need_no_configuration() {
    let c = Config::from_pairs(&[]).unwrap();
    assert_eq!(c.addr.to_string(), "127.0.0.1:3000");
    assert!(matches!(c.database, Database::Sqlite(ref p) if p.ends_with("obscura.db")));
    assert_eq!(origin(&c.public_url), "http://127.0.0.1:3000");
    assert_eq!(c.min_age, 16);
    assert_eq!(c.operator.privacy_email, "privacy@localhost");
}

#[test]
fn errors_name_the_variable() {
    let e = Config::from_pairs(&[("MIN_AGE", "9")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_MIN_AGE");
    let e = Config::from_pairs(&[("ADDR", "nowhere")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_ADDR");
    let e = Config::from_pairs(&[("DATABASE_URL", "mysql://x")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_DATABASE_URL");
    let e = Config::from_pairs(&[("PUBLIC_URL", "https://x.example/app")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_PUBLIC_URL");
    let e = Config::from_pairs(&[("ENV", "staging")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_ENV");
    let e = Config::from_pairs(&[("MIN_AGEE", "16")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_MIN_AGEE");
}

#[test]
fn production_requires_secrets_origin_and_a_real_controller() {
    let e = Config::from_pairs(&[("ENV", "production"), ("PUBLIC_URL", "https://o.example")])
        .unwrap_err();
    assert_eq!(e.variable, "OBSCURA_SECRET_KEY");
    let key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    let e = Config::from_pairs(&[("ENV", "production"), ("SECRET_KEY", key)]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_PUBLIC_URL");
    let base = [
        ("ENV", "production"),
        ("SECRET_KEY", key),
        ("PUBLIC_URL", "https://o.example/"),
    ];
    let e = Config::from_pairs(&base).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_OPERATOR_NAME");
    let mut named = base.to_vec();
    named.push(("OPERATOR_NAME", "Example Imaging Ltd"));
    let e = Config::from_pairs(&named).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_PRIVACY_EMAIL");
    named.push(("PRIVACY_EMAIL", "privacy@o.example"));
    let e = Config::from_pairs(&named).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_SMTP_URL");
    named.push(("SMTP_URL", "smtps://u:p@mail.o.example:465"));
    let c = Config::from_pairs(&named).unwrap();
    assert!(c.is_production());
    assert_eq!(c.operator.support_email, "support@o.example");
    assert_eq!(origin(&c.public_url), "https://o.example");
}

#[test]
fn postgres_urls_are_accepted_and_hidden_from_the_summary() {
    let c = Config::from_pairs(&[("DATABASE_URL", "postgres://u:hunter2@db.internal/obscura")])
        .unwrap();
    assert!(matches!(c.database, Database::Postgres(_)));
    let s = c.summary();
    assert!(s.contains("db.internal"));
    assert!(!s.contains("hunter2"));
}

#[test]
fn account_settings_are_validated() {
    let c = Config::from_pairs(&[]).unwrap();
    assert!(c.google.is_none());
    assert_eq!(c.ip_policy, IpPolicy::Hashed);
    assert_eq!(c.session_idle.num_days(), 7);
    assert_eq!(c.session_absolute.num_days(), 30);
    assert!(c.mail.smtp_url.is_none());
    assert_eq!(c.mail.from, "Obscura <no-reply@localhost>");

    let e = Config::from_pairs(&[("GOOGLE_CLIENT_ID", "x")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_GOOGLE_CLIENT_SECRET");
    let e = Config::from_pairs(&[("GOOGLE_CLIENT_SECRET", "x")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_GOOGLE_CLIENT_ID");
    let c =
        Config::from_pairs(&[("GOOGLE_CLIENT_ID", "id"), ("GOOGLE_CLIENT_SECRET", "s")]).unwrap();
    assert_eq!(c.google.unwrap().issuer_url, "https://accounts.google.com");

    let e = Config::from_pairs(&[("SMTP_URL", "http://mail")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_SMTP_URL");
    let e = Config::from_pairs(&[("IP_POLICY", "some")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_IP_POLICY");
    let e = Config::from_pairs(&[("SESSION_ABSOLUTE_DAYS", "3")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_SESSION_ABSOLUTE_DAYS");
    let e = Config::from_pairs(&[("TRUSTED_PROXIES", "10.0.0.1, nonsense")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_TRUSTED_PROXIES");
    let c = Config::from_pairs(&[("TRUSTED_PROXIES", "10.0.0.1, 192.168.0.0/16")]).unwrap();
    assert_eq!(c.trusted_proxies.len(), 2);
    let e = Config::from_pairs(&[("MAIL_FROM", "not a mailbox")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_MAIL_FROM");
    let s = Config::from_pairs(&[("SMTP_URL", "smtp://user:hunter2@mail.example:587")])
        .unwrap()
        .summary();
    assert!(!s.contains("hunter2"));
}

#[test]
fn storage_is_local_unless_a_bucket_is_set() {
    let c = Config::from_pairs(&[]).unwrap();
    assert!(matches!(c.storage, ObjectStorage::Local));
    assert!(c.summary().contains("storage: local disk"));

    let c = Config::from_pairs(&[
        ("S3_BUCKET", "obscura-images"),
        ("S3_ACCESS_KEY_ID", "AKIAEXAMPLE"),
        ("S3_SECRET_ACCESS_KEY", "hunter2-secret"),
    ])
    .unwrap();
    let ObjectStorage::S3(s3) = &c.storage else {
        panic!("S3 expected");
    };
    assert_eq!(s3.region, "us-east-1");
    assert!(!s3.path_style && !s3.allow_http && s3.endpoint.is_none());
    assert_eq!(s3.host(), "s3.us-east-1.amazonaws.com");
    let s = c.summary();
    assert!(s.contains("S3-compatible bucket obscura-images at s3.us-east-1.amazonaws.com"));
    assert!(!s.contains("hunter2") && !s.contains("AKIAEXAMPLE"));
    assert!(!format!("{c:?}").contains("hunter2"));

    let c = Config::from_pairs(&[
        ("S3_BUCKET", "photos"),
        ("S3_ENDPOINT", "http://127.0.0.1:9000/"),
        ("S3_ALLOW_HTTP", "true"),
        ("S3_PATH_STYLE", "true"),
        ("S3_REGION", "auto"),
        ("S3_ACCESS_KEY_ID", "k"),
        ("S3_SECRET_ACCESS_KEY", "s"),
    ])
    .unwrap();
    let ObjectStorage::S3(s3) = &c.storage else {
        panic!("S3 expected");
    };
    assert_eq!(s3.host(), "127.0.0.1:9000");
    assert!(s3.path_style && s3.allow_http);
    assert_eq!(s3.region, "auto");
}

#[test]
fn half_configured_s3_names_the_missing_variable() {
    let keys = [("S3_ACCESS_KEY_ID", "k"), ("S3_SECRET_ACCESS_KEY", "s")];
    let with = |extra: &[(&'static str, &'static str)]| {
        let mut pairs = keys.to_vec();
        pairs.extend_from_slice(extra);
        Config::from_pairs(&pairs)
    };
    let e = with(&[]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_S3_BUCKET");
    assert!(e.message.contains("OBSCURA_S3_ACCESS_KEY_ID"), "{e}");
    let e = Config::from_pairs(&[("S3_ENDPOINT", "https://minio.example")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_S3_BUCKET");
    let e = Config::from_pairs(&[("S3_BUCKET", "photos")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_S3_ACCESS_KEY_ID");
    let e = Config::from_pairs(&[("S3_BUCKET", "photos"), ("S3_ACCESS_KEY_ID", "k")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_S3_SECRET_ACCESS_KEY");
    let e = with(&[("S3_BUCKET", "Not_A_Bucket")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_S3_BUCKET");
    let e = with(&[("S3_BUCKET", "photos"), ("S3_ENDPOINT", "minio:9000")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_S3_ENDPOINT");
    let e = with(&[
        ("S3_BUCKET", "photos"),
        ("S3_ENDPOINT", "http://minio:9000"),
    ])
    .unwrap_err();
    assert_eq!(e.variable, "OBSCURA_S3_ENDPOINT");
    assert!(e.message.contains("OBSCURA_S3_ALLOW_HTTP"), "{e}");
    let e = with(&[
        ("S3_BUCKET", "photos"),
        ("S3_ENDPOINT", "https://u:p@minio"),
    ])
    .unwrap_err();
    assert_eq!(e.variable, "OBSCURA_S3_ENDPOINT");
    let e = with(&[
        ("S3_BUCKET", "photos"),
        ("S3_ENDPOINT", "https://10.0.0.5:9000"),
    ])
    .unwrap_err();
    assert_eq!(e.variable, "OBSCURA_S3_PATH_STYLE");
    let e = with(&[("S3_BUCKET", "photos"), ("S3_PATH_STYLE", "maybe")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_S3_PATH_STYLE");
    let e = with(&[("S3_BUCKET", "photos"), ("S3_REGION", "")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_S3_REGION");
}

#[test]
fn the_offline_renderer_is_the_default_model() {
    let c = Config::from_pairs(&[]).unwrap();
    let models = &c.generation.models;
    assert_eq!(models.len(), 1);
    assert_eq!(models[0].id, "offline");
    assert_eq!(models[0].label, "Offline preview renderer");
    assert_eq!(
        models[0].provider,
        crate::generation::providers::ProviderKind::Local
    );
    assert_eq!(c.generation.workers, 4);
    assert_eq!(c.generation.file_url_ttl.as_secs(), 600);
    // Its default name is said in each language; a name the operator chose is kept.
    use obscura_shared::account::Language;
    assert_eq!(models[0].label_in(Language::En), "Offline preview renderer");
    assert_ne!(models[0].label_in(Language::De), models[0].label);
    assert_eq!(
        generation::stored_label_in(&models[0].label, Language::Fr),
        models[0].label_in(Language::Fr)
    );
    let named = Config::from_pairs(&[(
        "MODELS",
        r#"[{id="offline", label="Brouillon", provider="local"}]"#,
    )])
    .unwrap();
    assert_eq!(
        named.generation.models[0].label_in(Language::De),
        "Brouillon"
    );
    assert_eq!(generation::stored_label_in("Photo", Language::De), "Photo");
}

#[test]
fn models_are_read_from_an_inline_list_and_checked() {
    let list = r#"[{id="photo", label="Photo", provider="openai", upstream="gpt-image-1", cost=4, sizes=["1024x1024","1536x1024"]}, {id="offline", provider="local"}]"#;
    let e = Config::from_pairs(&[("MODELS", list)]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_MODELS");
    assert!(
        e.message.contains("OBSCURA_OPENAI_API_KEY"),
        "{}",
        e.message
    );
    let c = Config::from_pairs(&[("MODELS", list), ("OPENAI_API_KEY", "sk-test")]).unwrap();
    let photo = c.generation.model("photo").unwrap();
    assert_eq!((photo.cost, photo.upstream.as_str()), (4, "gpt-image-1"));
    assert_eq!(photo.sizes.len(), 2);
    assert!(!photo.negative_prompt, "OpenAI has no negative prompt");
    assert_eq!(c.generation.models[1].id, "offline");

    for (bad, says) in [
        (
            r#"[{id="a", provider="local"}, {id="a", provider="local"}]"#,
            "twice",
        ),
        (r#"[{id="a", provider="local", sizes=["12x12"]}]"#, "WxH"),
        (r#"[{id="a", provider="local", max_count=9}]"#, "max_count"),
        (r#"[{id="a b", provider="local"}]"#, "letters"),
        (r#"[{id="a", provider="dalle"}]"#, "dalle"),
    ] {
        let e = Config::from_pairs(&[("MODELS", bad)]).unwrap_err();
        assert_eq!(e.variable, "OBSCURA_MODELS", "{bad}");
        assert!(e.message.contains(says), "{bad}: {}", e.message);
    }
    let e = Config::from_pairs(&[
        (
            "MODELS",
            r#"[{id="f", provider="replicate", upstream="flux"}]"#,
        ),
        ("REPLICATE_API_TOKEN", "r8_x"),
    ])
    .unwrap_err();
    assert!(e.message.contains("owner/name"), "{}", e.message);
    let e = Config::from_pairs(&[
        ("REPLICATE_API_TOKEN", "r8_x"),
        ("REPLICATE_WEBHOOK_SECRET", "nope"),
    ])
    .unwrap_err();
    assert_eq!(e.variable, "OBSCURA_REPLICATE_WEBHOOK_SECRET");
    let e = Config::from_pairs(&[("WORKERS", "1000")]).unwrap_err();
    assert_eq!(e.variable, "OBSCURA_WORKERS");
    let c = Config::from_pairs(&[("BLOCKLIST", " Foo, bar baz ,,")]).unwrap();
    assert_eq!(c.generation.blocklist, ["foo", "bar baz"]);
}

#[test]
fn a_previous_secret_key_is_validated_like_the_current_one() {
    let a = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    let b = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";
    let c = Config::from_pairs(&[("SECRET_KEY", b), ("SECRET_KEY_PREVIOUS", a)]).unwrap();
    assert!(c.secret_key_previous.is_some());
    assert!(c.summary().contains("previous"), "{}", c.summary());
    let c = Config::from_pairs(&[("SECRET_KEY", b), ("SECRET_KEY_PREVIOUS", " ")]).unwrap();
    assert!(c.secret_key_previous.is_none(), "blank is unset");
    for (pairs, why) in [
        (
            vec![("SECRET_KEY", a), ("SECRET_KEY_PREVIOUS", a)],
            "differ",
        ),
        (vec![("SECRET_KEY_PREVIOUS", a)], "needs OBSCURA_SECRET_KEY"),
        (
            vec![("SECRET_KEY", b), ("SECRET_KEY_PREVIOUS", "c2hvcnQ=")],
            "32 bytes",
        ),
        (
            vec![("SECRET_KEY", b), ("SECRET_KEY_PREVIOUS", "not base64!")],
            "base64",
        ),
    ] {
        let e = Config::from_pairs(&pairs).unwrap_err();
        assert_eq!(e.variable, "OBSCURA_SECRET_KEY_PREVIOUS");
        assert!(e.to_string().contains(why), "{e}");
    }
}

#[test]
fn provider_download_origins_are_origins_only() {
    let base = [("OPENAI_API_KEY", "sk-x"), ("REPLICATE_API_TOKEN", "r8_x")];
    let mut pairs = base.to_vec();
    pairs.push((
        "OPENAI_DOWNLOAD_ORIGINS",
        "http://files.lan:8080, https://cdn.example",
    ));
    pairs.push(("PROVIDER_DOWNLOAD_MAX_MB", "16"));
    let c = Config::from_pairs(&pairs).unwrap();
    let openai = c.generation.openai.unwrap();
    assert_eq!(openai.download_origins.len(), 2);
    assert_eq!(c.generation.provider_download_max_bytes, 16 * 1024 * 1024);
    assert!(c.generation.replicate.unwrap().download_origins.is_empty());
    for (key, value) in [
        ("REPLICATE_DOWNLOAD_ORIGINS", "https://cdn.example/path"),
        ("REPLICATE_DOWNLOAD_ORIGINS", "https://user:pw@cdn.example"),
        ("REPLICATE_DOWNLOAD_ORIGINS", "ftp://cdn.example"),
        ("OPENAI_DOWNLOAD_ORIGINS", "https://cdn.example?x=1"),
        ("PROVIDER_DOWNLOAD_MAX_MB", "0"),
    ] {
        let mut pairs = base.to_vec();
        pairs.push((key, value));
        let e = Config::from_pairs(&pairs).unwrap_err();
        assert_eq!(e.variable, format!("OBSCURA_{key}"), "{value}");
    }
}

#[test]
fn the_job_lease_is_read_in_seconds_and_bounded() {
    let c = Config::from_pairs(&[]).unwrap();
    assert_eq!(c.generation.job_lease, std::time::Duration::from_secs(60));
    let c = Config::from_pairs(&[("JOB_LEASE_SECS", "2")]).unwrap();
    assert_eq!(c.generation.job_lease, std::time::Duration::from_secs(2));
    let c = Config::from_pairs(&[("JOB_LEASE_SECS", "3600")]).unwrap();
    assert_eq!(c.generation.job_lease.as_secs(), 3600);
    for bad in ["0", "1", "3601", "-5", "1.5", "soon", ""] {
        let e = Config::from_pairs(&[("JOB_LEASE_SECS", bad)]).unwrap_err();
        assert_eq!(e.variable, "OBSCURA_JOB_LEASE_SECS", "{bad:?}");
    }
    let e = Config::from_pairs(&[("JOB_LEASE_SECS", "1")]).unwrap_err();
    assert!(e.message.contains("between 2 and 3600"), "{}", e.message);
}

const ITEMS: &str = r#"{packs=[{id="small", label="Small pack", credits=100, price="price_1"}], plans=[{id="monthly", label="Monthly", credits=500, price="price_2", rollover=true}]}"#;

#[test]
fn billing_is_off_until_a_key_is_set_and_names_what_it_sells() {
    let c = Config::from_pairs(&[("BILLING", ITEMS)]).unwrap();
    assert!(!c.billing.enabled());
    assert!(c.summary().contains("billing: off"));
    let c = Config::from_pairs(&[
        ("BILLING", ITEMS),
        ("STRIPE_SECRET_KEY", "sk_test_1"),
        ("STRIPE_WEBHOOK_SECRET", "whsec_1"),
    ])
    .unwrap();
    assert!(c.billing.enabled());
    assert_eq!(c.billing.pack("small").map(|p| p.credits), Some(100));
    assert!(c.billing.plan("monthly").is_some_and(|p| p.rollover));
    assert!(c.summary().contains("1 pack, 1 plan"), "{}", c.summary());
}

#[test]
fn billing_settings_are_checked() {
    let key = ("STRIPE_SECRET_KEY", "sk_test_1");
    let err = |pairs: &[(&str, &str)]| Config::from_pairs(pairs).unwrap_err();
    // Production credits payments only from verified webhooks.
    let e = err(&[
        ("ENV", "production"),
        ("PUBLIC_URL", "https://obscura.example"),
        ("SECRET_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="),
        ("OPERATOR_NAME", "Example Imaging Ltd"),
        ("PRIVACY_EMAIL", "privacy@obscura.example"),
        ("SMTP_URL", "smtps://u:p@mail.obscura.example:465"),
        ("BILLING", ITEMS),
        key,
    ]);
    assert_eq!(e.variable, "OBSCURA_STRIPE_WEBHOOK_SECRET");
    assert_eq!(
        err(&[("STRIPE_SECRET_KEY", "pk_test_1"), ("BILLING", ITEMS)]).variable,
        "OBSCURA_STRIPE_SECRET_KEY"
    );
    assert_eq!(
        err(&[key, ("STRIPE_WEBHOOK_SECRET", "secret"), ("BILLING", ITEMS)]).variable,
        "OBSCURA_STRIPE_WEBHOOK_SECRET"
    );
    assert_eq!(err(&[key]).variable, "OBSCURA_BILLING", "nothing for sale");
    let twice = r#"{packs=[{id="a", label="A", credits=1, price="price_1"}], plans=[{id="a", label="B", credits=1, price="price_2"}]}"#;
    assert!(err(&[("BILLING", twice)]).message.contains("used twice"));
    let bad_price = r#"{packs=[{id="a", label="A", credits=1, price="prod_1"}]}"#;
    assert!(err(&[("BILLING", bad_price)]).message.contains("price_"));
    let bad_id = r#"{packs=[{id="A pack", label="A", credits=1, price="price_1"}]}"#;
    assert!(err(&[("BILLING", bad_id)]).message.contains("lower-case"));
}

#[test]
fn trial_settings_are_checked() {
    let c = Config::from_pairs(&[]).unwrap();
    assert!(c.trial.enabled(), "on by default");
    assert_eq!(c.trial.images, 3);
    assert_eq!(c.trial.models, ["offline"], "every offline model");
    assert!(c.trial.turnstile.is_none());
    assert!(
        c.summary().contains("trial: 3 images per visitor"),
        "{}",
        c.summary()
    );
    let err = |pairs: &[(&str, &str)]| Config::from_pairs(pairs).unwrap_err().variable;
    assert_eq!(err(&[("TRIAL_MODELS", "nope")]), "OBSCURA_TRIAL_MODELS");
    assert_eq!(err(&[("TRIAL_IMAGES", "51")]), "OBSCURA_TRIAL_IMAGES");
    assert_eq!(
        err(&[("TRIAL_GLOBAL_PER_HOUR", "0")]),
        "OBSCURA_TRIAL_GLOBAL_PER_HOUR"
    );
    let pass = "1x0000000000000000000000000000000AA";
    let site = "1x00000000000000000000AA";
    // Both keys or neither.
    assert_eq!(
        err(&[("TURNSTILE_SITE_KEY", site)]),
        "OBSCURA_TURNSTILE_SECRET"
    );
    assert_eq!(
        err(&[("TURNSTILE_SECRET", pass)]),
        "OBSCURA_TURNSTILE_SITE_KEY"
    );
    let dev =
        Config::from_pairs(&[("TURNSTILE_SITE_KEY", site), ("TURNSTILE_SECRET", pass)]).unwrap();
    assert!(dev.trial.turnstile.as_ref().is_some_and(|t| t.test_secret));
    assert!(dev.summary().contains("TEST secret"), "{}", dev.summary());
    // Production refuses Cloudflare's test secrets, which pass any robot.
    let e = err(&[
        ("ENV", "production"),
        ("PUBLIC_URL", "https://obscura.example"),
        ("SECRET_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="),
        ("OPERATOR_NAME", "Example Imaging Ltd"),
        ("PRIVACY_EMAIL", "privacy@obscura.example"),
        ("SMTP_URL", "smtps://u:p@mail.obscura.example:465"),
        ("TURNSTILE_SITE_KEY", site),
        ("TURNSTILE_SECRET", pass),
    ]);
    assert_eq!(e, "OBSCURA_TURNSTILE_SECRET");
    let off = Config::from_pairs(&[("TRIAL_IMAGES", "0")]).unwrap();
    assert!(!off.trial.enabled());
    assert!(off.summary().contains("trial: off"));
}

#[test]
fn metrics_are_off_unless_an_address_or_a_token_is_set() {
    let c = Config::from_pairs(&[]).unwrap();
    assert!(!c.metrics.enabled());
    let c = Config::from_pairs(&[("METRICS_ADDR", ""), ("METRICS_TOKEN", "")]).unwrap();
    assert!(!c.metrics.enabled());
    let c = Config::from_pairs(&[("METRICS_ADDR", "127.0.0.1:9464")]).unwrap();
    assert_eq!(c.metrics.addr.unwrap().to_string(), "127.0.0.1:9464");
    assert!(c.metrics.enabled() && c.metrics.token.is_none());
    assert!(
        c.summary()
            .contains("metrics: http://127.0.0.1:9464/metrics")
    );
}

#[test]
fn a_metrics_token_is_long_and_compared_exactly() {
    let token = "0123456789abcdef0123456789abcdef";
    for short in ["secret", &token[1..]] {
        let e = Config::from_pairs(&[("METRICS_TOKEN", short)]).unwrap_err();
        assert_eq!(e.variable, "OBSCURA_METRICS_TOKEN");
        assert!(
            e.message.contains("at least 32 characters"),
            "{}",
            e.message
        );
    }
    let c = Config::from_pairs(&[("METRICS_TOKEN", token)]).unwrap();
    assert!(c.metrics.enabled());
    assert!(c.metrics.authorizes(token));
    for wrong in ["", &token[1..], &format!("{token}0"), &token.to_uppercase()] {
        assert!(!c.metrics.authorizes(wrong), "{wrong}");
    }
    assert!(!c.summary().contains(token));
    // Without a token nothing is authorized.
    assert!(!Config::from_pairs(&[]).unwrap().metrics.authorizes(""));
}

#[test]
fn a_metrics_address_must_be_an_address_other_than_the_main_one() {
    for bad in ["nowhere", "127.0.0.1", "localhost:9464"] {
        let e = Config::from_pairs(&[("METRICS_ADDR", bad)]).unwrap_err();
        assert_eq!(e.variable, "OBSCURA_METRICS_ADDR", "{bad}");
    }
    let e = Config::from_pairs(&[
        ("ADDR", "127.0.0.1:3000"),
        ("METRICS_ADDR", "127.0.0.1:3000"),
    ])
    .unwrap_err();
    assert_eq!(e.variable, "OBSCURA_METRICS_ADDR");
    assert!(e.message.contains("OBSCURA_ADDR"));
}

#[test]
fn the_authoritative_policy_language_is_one_spoken_here() {
    use obscura_shared::account::Language;
    assert_eq!(
        Config::from_pairs(&[])
            .unwrap()
            .privacy
            .authoritative_language,
        Language::En
    );
    let c = Config::from_pairs(&[("POLICY_AUTHORITATIVE_LANGUAGE", "DE")]).unwrap();
    assert_eq!(c.privacy.authoritative_language, Language::De);
    for bad in ["es", "german", "de-DE"] {
        let e = Config::from_pairs(&[("POLICY_AUTHORITATIVE_LANGUAGE", bad)]).unwrap_err();
        assert_eq!(e.variable, "OBSCURA_POLICY_AUTHORITATIVE_LANGUAGE", "{bad}");
        assert!(e.message.contains("en, de, fr"), "{}", e.message);
    }
}
