//! A browser for tests: its own cookies, same-origin posts, and the account flows every test
//! starts from (sign up, confirm by the emailed link, sign in).

use obscura_shared::routes;
use reqwest::{StatusCode, header};
use sea_orm::Set;
use uuid::Uuid;

use super::TestApp;
use super::mail::mail_link;

/// The password every test account signs up with.
pub const PASSWORD: &str = "violet harbour lantern 42";

/// A browser: its own cookies (the session, and the sign-up's browser binding), sending
/// same-origin form posts.
pub struct Browser<'a> {
    pub app: &'a TestApp,
    pub cookie: Option<String>,
    /// The sign-up browser-binding cookie (`name=value`), once this browser signed up.
    pub signup: Option<String>,
    /// The cookie of a sign-in waiting for its second step.
    pub two_step: Option<String>,
    /// The no-signup trial's cookie, once this browser made a trial image.
    pub trial: Option<String>,
    pub origin: String,
    pub user_agent: &'static str,
}

impl<'a> Browser<'a> {
    /// A fresh browser with no cookies, using the site's own origin.
    pub fn new(app: &'a TestApp) -> Self {
        Self {
            app,
            cookie: None,
            signup: None,
            two_step: None,
            trial: None,
            // The site's origin, as the server knows it (the public URL when one is set).
            origin: obscura_server::config::origin(&app.state.config.public_url),
            user_agent: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        }
    }

    fn with_cookie(&self, rb: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        let rb = rb.header(header::USER_AGENT, self.user_agent);
        let cookies: Vec<&str> = [&self.cookie, &self.signup, &self.two_step, &self.trial]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if cookies.is_empty() {
            rb
        } else {
            rb.header(header::COOKIE, cookies.join("; "))
        }
    }

    /// Takes the session cookie from a response, if it sets one.
    fn keep_cookie(&mut self, res: &reqwest::Response) {
        for v in res.headers().get_all(header::SET_COOKIE) {
            let v = v.to_str().unwrap();
            let pair = v.split(';').next().unwrap().trim();
            let (name, value) = pair.split_once('=').unwrap();
            if name.ends_with("obscura_session") {
                self.cookie = (!value.is_empty()).then(|| pair.to_owned());
            }
            if name.ends_with("obscura_signup") {
                self.signup = (!value.is_empty()).then(|| pair.to_owned());
            }
            if name.ends_with("obscura_two_step") {
                self.two_step = (!value.is_empty()).then(|| pair.to_owned());
            }
            if name.ends_with("obscura_trial") {
                self.trial = (!value.is_empty()).then(|| pair.to_owned());
            }
        }
    }

    pub async fn get(&mut self, path: &str) -> reqwest::Response {
        let res = self
            .with_cookie(self.app.client.get(self.app.url(path)))
            .send()
            .await
            .unwrap();
        self.keep_cookie(&res);
        res
    }

    /// A `DELETE` with this browser's cookies (what the API's routes take).
    pub async fn delete(&mut self, path: &str) -> reqwest::Response {
        let res = self
            .with_cookie(self.app.client.delete(self.app.url(path)))
            .header(header::ORIGIN, &self.origin)
            .send()
            .await
            .unwrap();
        self.keep_cookie(&res);
        res
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let res = self
            .with_cookie(self.app.client.post(self.app.url(path)))
            .header(header::ORIGIN, &self.origin)
            .form(form)
            .send()
            .await
            .unwrap();
        self.keep_cookie(&res);
        res
    }

    /// Posts a JSON body (what the passkey script sends).
    pub async fn post_json(&mut self, path: &str, body: &serde_json::Value) -> reqwest::Response {
        let res = self
            .with_cookie(self.app.client.post(self.app.url(path)))
            .header(header::ORIGIN, &self.origin)
            .header(header::CONTENT_TYPE, "application/json")
            .body(body.to_string())
            .send()
            .await
            .unwrap();
        self.keep_cookie(&res);
        res
    }

    pub async fn post_multipart(
        &mut self,
        path: &str,
        form: reqwest::multipart::Form,
    ) -> reqwest::Response {
        let res = self
            .with_cookie(self.app.client.post(self.app.url(path)))
            .header(header::ORIGIN, &self.origin)
            .multipart(form)
            .send()
            .await
            .unwrap();
        self.keep_cookie(&res);
        res
    }
}

/// The `Location` of a response, or empty.
pub fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

/// The path and query of an absolute link.
pub fn path_of(link: &str) -> String {
    let u = url::Url::parse(link).unwrap();
    format!("{}?{}", u.path(), u.query().unwrap_or_default())
}

/// The `token` query parameter of a link.
pub fn token_of(link: &str) -> String {
    url::Url::parse(link)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "token")
        .unwrap()
        .1
        .into_owned()
}

/// Signs up `email` (not yet verified); returns the browser that did, which holds the sign-up's
/// browser-binding cookie.
pub async fn sign_up<'a>(app: &'a TestApp, email: &str) -> Browser<'a> {
    let mut b = Browser::new(app);
    sign_up_in(&mut b, email).await;
    b
}

/// Signs `email` up in this browser (keeping whatever cookies it has).
pub async fn sign_up_in(b: &mut Browser<'_>, email: &str) {
    let res = b
        .post(
            routes::SIGNUP,
            &[
                ("email", email),
                ("name", "Ada Lovelace"),
                ("company", ""),
                ("language", "en"),
                ("password", PASSWORD),
                ("age_confirmed", "on"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), routes::SIGNUP_SENT);
    assert!(b.signup.is_some(), "a sign-up binds its browser");
}

/// Confirms `email` by its emailed link in this browser, which is then signed in.
pub async fn confirm_in(b: &mut Browser<'_>, email: &str) {
    let link = mail_link(b.app, email, "Confirm your email").await;
    let page = b.get(&path_of(&link)).await;
    assert_eq!(page.status(), StatusCode::OK);
    let res = b
        .post(routes::VERIFY_EMAIL, &[("token", &token_of(&link))])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(b.cookie.is_some(), "verifying signs in");
}

/// Signs up, verifies by the emailed link in the same browser (so the password is kept), and
/// returns the signed-in browser.
pub async fn verified_user<'a>(app: &'a TestApp, email: &str) -> Browser<'a> {
    let mut b = sign_up(app, email).await;
    confirm_in(&mut b, email).await;
    b
}

/// Signs up and confirms `email` as its owner would (the same browser), then signs that browser
/// out: an account that can sign in with [`PASSWORD`], with no session yet.
pub async fn confirmed(app: &TestApp, email: &str) {
    let mut b = verified_user(app, email).await;
    let res = b.post(routes::LOGOUT, &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
}

/// Marks `email`'s address as confirmed in the database (for servers that send no mail).
pub async fn confirm_directly(app: &TestApp, email: &str) {
    use sea_orm::{ActiveModelTrait, IntoActiveModel};
    let u = obscura_server::accounts::find_by_email(&app.state, email)
        .await
        .unwrap()
        .unwrap();
    let mut active = u.into_active_model();
    active.email_verified_at = Set(Some(app.clock_now()));
    active.update(&app.db).await.unwrap();
}

/// Signs in with a password in a new browser; returns it with the answer.
pub async fn sign_in<'a>(
    app: &'a TestApp,
    email: &str,
    password: &str,
) -> (Browser<'a>, reqwest::Response) {
    let mut b = Browser::new(app);
    let res = b
        .post(
            routes::LOGIN,
            &[
                ("email", email),
                ("password", password),
                ("action", "password"),
            ],
        )
        .await;
    (b, res)
}

/// The id of the account with `email`.
pub async fn user_id(app: &TestApp, email: &str) -> Uuid {
    obscura_server::accounts::find_by_email(&app.state, email)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// A signed-in admin, made as `obscura admin create` does and signed in by its one-time link.
pub async fn admin(app: &TestApp) -> Browser<'_> {
    let link = obscura_server::accounts::create_admin(&app.state, "admin@example.com", "Ops")
        .await
        .unwrap();
    let mut b = Browser::new(app);
    assert_eq!(b.get(&path_of(&link)).await.status(), StatusCode::OK);
    let res = b
        .post(routes::MAGIC_LINK, &[("token", &token_of(&link))])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    b
}

/// An account made directly in the database, confirmed, without a password; returns its id.
pub async fn new_account(app: &TestApp, email: &str) -> Uuid {
    let now = app.clock_now();
    let row = obscura_server::db::entities::user::ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set(email.to_owned()),
        email_verified_at: Set(Some(now)),
        name: Set("Ledger Test".into()),
        company: Set(None),
        language: Set("en".into()),
        password_hash: Set(None),
        role: Set("user".into()),
        avatar_key: Set(None),
        google_sub: Set(None),
        picture_url: Set(None),
        age_confirmed_at: Set(now),
        created_at: Set(now),
        updated_at: Set(now),
        suspended_at: Set(None),
        suspension_reason: Set(None),
    };
    obscura_server::accounts::create_user(&app.state, row)
        .await
        .unwrap()
        .id
}
