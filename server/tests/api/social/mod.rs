//! Social connections and publishing (P-SOC-1…6) against the platforms' stand-in
//! (`end2end/peers/social.mjs`, one per test): the real OAuth redirect flow, tokens sealed at
//! rest, publishing only from a Publish click (never twice), the platforms' errors, refresh,
//! disconnect with revocation, the approval link, and Meta's signed deletion callback.

mod connect;
mod linkedin;
mod meta;
mod publish;

use std::{
    io::{BufRead, BufReader},
    process::{Child, Command, Stdio},
};

use obscura_shared::{routes, social::fields};
use reqwest::header;
use serde_json::Value;
use uuid::Uuid;

use crate::helpers::{
    Db, TestApp,
    browser::{Browser, location, verified_user},
    gallery::{TINY, images_of, make},
    spawn_app_with,
};

/// The platforms' stand-in, stopped when dropped.
pub struct Fake {
    child: Child,
    pub url: String,
    http: reqwest::Client,
}

impl Drop for Fake {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Fake {
    pub fn start() -> Self {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../end2end/peers/social.mjs");
        let mut child = Command::new("node")
            .arg(script)
            .env("SOCIAL_PORT", "0")
            .env("SOCIAL_EXIT_WITH_STDIN", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("node runs the social stand-in");
        let out = child.stdout.take().unwrap();
        let mut line = String::new();
        BufReader::new(out).read_line(&mut line).unwrap();
        let url = line
            .trim()
            .strip_prefix("READY ")
            .expect("READY line")
            .to_owned();
        Self {
            child,
            url,
            http: reqwest::Client::new(),
        }
    }

    pub async fn control(&self, path: &str, body: Value) {
        let res = self
            .http
            .post(format!("{}/_control/{path}", self.url))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert!(
            res.status().is_success(),
            "control {path}: {}",
            res.status()
        );
    }

    pub async fn log(&self, kind: &str) -> Vec<Value> {
        let all: Vec<Value> = self
            .http
            .get(format!("{}/_control/log", self.url))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        all.into_iter().filter(|e| e["kind"] == kind).collect()
    }

    pub async fn tokens(&self) -> Vec<String> {
        let v: Value = self
            .http
            .get(format!("{}/_control/tokens", self.url))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        v["tokens"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap().to_owned())
            .collect()
    }

    /// The configuration pairs of every platform pointed at this stand-in.
    pub fn config(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (prefix, path) in [
            ("X", "x"),
            ("LINKEDIN", "linkedin"),
            ("META", "meta"),
            ("PINTEREST", "pinterest"),
        ] {
            out.push((format!("{prefix}_CLIENT_ID"), format!("obscura-{path}")));
            out.push((
                format!("{prefix}_CLIENT_SECRET"),
                "social-secret".to_owned(),
            ));
            out.push((
                format!("{prefix}_AUTH_BASE"),
                format!("{}/{path}", self.url),
            ));
            out.push((format!("{prefix}_API_BASE"), format!("{}/{path}", self.url)));
        }
        out
    }
}

/// The account's interface language, as its settings would set it.
pub async fn speaks(app: &TestApp, email: &str, lang: obscura_shared::account::Language) {
    use obscura_server::db::entities::user;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
    let changed = user::Entity::update_many()
        .col_expr(user::Column::Language, Expr::value(lang.code()))
        .filter(user::Column::Email.eq(email))
        .exec(&app.db)
        .await
        .unwrap();
    assert_eq!(changed.rows_affected, 1);
}

/// An app whose public URL is its real address (platforms fetch images from it), with every
/// platform on the stand-in and the quick model.
pub async fn app_with_fake(db: Db, fake: &Fake) -> TestApp {
    app_with_fake_and(db, fake, &[]).await
}

/// As [`app_with_fake`], with more configuration.
pub async fn app_with_fake_and(db: Db, fake: &Fake, extra: &[(&str, &str)]) -> TestApp {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let addr = format!("127.0.0.1:{port}");
    let public = format!("http://{addr}");
    let owned = fake.config();
    let mut pairs: Vec<(&str, &str)> = owned
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    pairs.extend([
        TINY,
        ("SIGNUP_CREDITS", "100"),
        ("ADDR", addr.as_str()),
        ("PUBLIC_URL", public.as_str()),
    ]);
    pairs.extend_from_slice(extra);
    spawn_app_with(db, &pairs).await
}

/// Connects `platform` through the stand-in's authorization page, as a browser does; returns
/// the settings page the browser lands on.
pub async fn connect(b: &mut Browser<'_>, fake: &Fake, platform: &str) -> String {
    let (allow, cookie) = allow_link(b, platform, "allow").await;
    assert!(allow.starts_with(&b.app.address), "{allow}");
    let _ = fake;
    follow(b, &allow, &cookie).await
}

/// Starts connecting and reads the platform's page: its Allow (or Cancel) link and the
/// browser-binding cookie.
pub async fn allow_link(b: &mut Browser<'_>, platform: &str, which: &str) -> (String, String) {
    let (authorize, cookie) = start(b, platform).await;
    let page = reqwest::get(&authorize)
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    (link(&page, which), cookie)
}

/// Starts connecting: the authorization URL and the browser-binding cookie.
pub async fn start(b: &mut Browser<'_>, platform: &str) -> (String, String) {
    let res = b
        .post(routes::CONNECTION_START, &[("platform", platform)])
        .await;
    assert_eq!(res.status(), 303);
    let cookie = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned())
        .find(|c| c.contains("oauth"))
        .expect("a browser-binding cookie");
    (location(&res), cookie)
}

/// The `href` of the link with this id in the stand-in's page.
pub fn link(page: &str, id: &str) -> String {
    let doc = scraper::Html::parse_document(page);
    let sel = scraper::Selector::parse(&format!("a#{id}")).unwrap();
    doc.select(&sel)
        .next()
        .unwrap()
        .value()
        .attr("href")
        .unwrap()
        .to_owned()
}

/// Follows the platform's redirect back with the session and `binding` cookies; returns where
/// the app sends the browser.
pub async fn follow(b: &Browser<'_>, url: &str, binding: &str) -> String {
    let mut cookies: Vec<String> = b.cookie.iter().cloned().collect();
    if !binding.is_empty() {
        cookies.push(binding.to_owned());
    }
    let res = b
        .app
        .client
        .get(url)
        .header(header::COOKIE, cookies.join("; "))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "{url}");
    location(&res)
}

/// A signed-up, verified person with one image; returns the browser and the image id.
pub async fn person_with_image<'a>(app: &'a TestApp, email: &str) -> (Browser<'a>, Uuid) {
    let b = verified_user(app, email).await;
    let user = crate::helpers::browser::user_id(app, email).await;
    let generation = make(
        app,
        user,
        "a lighthouse at dusk",
        1,
        obscura_server::generation::ReferenceInput::None,
    )
    .await;
    let image = images_of(app, generation).await[0].id;
    (b, image)
}

/// The target ids of the account, by name.
pub async fn target(app: &TestApp, name: &str) -> Uuid {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    obscura_server::db::entities::social_target::Entity::find()
        .filter(obscura_server::db::entities::social_target::Column::Name.eq(name))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("target {name}"))
        .id
}

/// Presses Publish on `image` with these targets; returns the response.
pub async fn publish(
    b: &mut Browser<'_>,
    image: Uuid,
    targets: &[Uuid],
    caption: &str,
    key: &str,
) -> reqwest::Response {
    let ids: Vec<String> = targets.iter().map(Uuid::to_string).collect();
    let mut form = vec![
        (fields::CAPTION, caption),
        (fields::ALT_TEXT, "A white lighthouse against an orange sky"),
        (fields::REQUEST_KEY, key),
    ];
    for id in &ids {
        form.push((fields::TARGET, id.as_str()));
    }
    b.post(&routes::publish(&image.to_string()), &form).await
}
