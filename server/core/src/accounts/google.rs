//! Google sign-in (OpenID Connect authorization code flow with PKCE S256, `state` and `nonce`),
//! built on the `openidconnect` crate: discovery, the token exchange and ID-token validation
//! (signature against the provider's JWKS, issuer, audience, expiry, nonce) all run there.
//! Nothing the provider returns is stored except the subject id, name, email and picture URL.

use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, PkceCodeChallenge,
    PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
    core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata},
};
use secrecy::ExposeSecret;
use tokio::sync::RwLock;

use crate::config::Google as GoogleConfig;

/// Provider metadata (and its signing keys) are fetched again after this long.
const METADATA_TTL: Duration = Duration::from_secs(3600);

/// A started sign-in: where to send the browser, and what to remember until it comes back.
#[derive(Debug)]
pub struct Started {
    /// The provider's authorization URL.
    pub url: String,
    /// The `state` parameter (stored hashed).
    pub state: String,
    /// The nonce the ID token must carry.
    pub nonce: String,
    /// The PKCE verifier for the token exchange.
    pub pkce_verifier: String,
}

/// The identity the provider vouched for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// The stable subject id.
    pub subject: String,
    /// The email address, if shared.
    pub email: Option<String>,
    /// Whether the provider verified that address.
    pub email_verified: bool,
    /// Display name.
    pub name: Option<String>,
    /// Picture URL (stored, never fetched by the server).
    pub picture: Option<String>,
}

/// The configured provider, with its discovered metadata cached.
pub struct Google {
    config: GoogleConfig,
    http: openidconnect::reqwest::Client,
    metadata: RwLock<Option<(CoreProviderMetadata, Instant)>>,
}

impl Google {
    /// A client for the configured provider. Discovery happens on first use, so a provider
    /// that is down at start-up does not stop the server.
    ///
    /// # Errors
    /// If the HTTP client cannot be built.
    pub fn new(config: GoogleConfig) -> Result<Self> {
        let http = openidconnect::reqwest::ClientBuilder::new()
            // Never follow redirects from the provider (SSRF).
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(15))
            .build()
            .context("building the OpenID Connect HTTP client")?;
        Ok(Self {
            config,
            http,
            metadata: RwLock::new(None),
        })
    }

    async fn metadata(&self, refresh: bool) -> Result<CoreProviderMetadata> {
        if !refresh
            && let Some((m, at)) = self.metadata.read().await.as_ref()
            && at.elapsed() < METADATA_TTL
        {
            return Ok(m.clone());
        }
        let issuer = IssuerUrl::new(self.config.issuer_url.clone()).context("issuer URL")?;
        let m = CoreProviderMetadata::discover_async(issuer, &self.http)
            .await
            .map_err(|e| anyhow!("OpenID Connect discovery failed: {e}"))?;
        *self.metadata.write().await = Some((m.clone(), Instant::now()));
        Ok(m)
    }

    fn client(
        &self,
        metadata: CoreProviderMetadata,
        redirect: &str,
    ) -> Result<
        CoreClient<
            openidconnect::EndpointSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointMaybeSet,
            openidconnect::EndpointMaybeSet,
        >,
    > {
        Ok(CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(self.config.client_id.clone()),
            Some(ClientSecret::new(
                self.config.client_secret.expose_secret().to_owned(),
            )),
        )
        .set_redirect_uri(RedirectUrl::new(redirect.to_owned()).context("redirect URL")?))
    }

    /// The discovered authorization and token endpoints (for other uses of the same client,
    /// such as connecting a YouTube channel).
    ///
    /// # Errors
    /// If discovery fails or the provider has no token endpoint.
    pub async fn endpoints(&self) -> Result<(String, String)> {
        let m = self.metadata(false).await?;
        let token = m
            .token_endpoint()
            .context("the provider has no token endpoint")?
            .to_string();
        Ok((m.authorization_endpoint().to_string(), token))
    }

    /// Starts a sign-in that returns to `redirect`.
    ///
    /// # Errors
    /// If discovery fails.
    pub async fn start(&self, redirect: &str) -> Result<Started> {
        let client = self.client(self.metadata(false).await?, redirect)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .add_extra_param("prompt", "select_account")
            .set_pkce_challenge(challenge)
            .url();
        Ok(Started {
            url: url.to_string(),
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        })
    }

    /// Exchanges the code and validates the ID token. The provider's tokens are dropped here.
    ///
    /// # Errors
    /// If the exchange fails or the ID token is not valid for this client and nonce.
    pub async fn finish(
        &self,
        redirect: &str,
        code: &str,
        pkce_verifier: &str,
        nonce: &str,
    ) -> Result<Identity> {
        let client = self.client(self.metadata(false).await?, redirect)?;
        let response = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .context("token endpoint")?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_owned()))
            .request_async(&self.http)
            .await
            .map_err(|e| anyhow!("token exchange failed: {e}"))?;
        let id_token = response.id_token().context("no ID token in the response")?;
        let nonce = Nonce::new(nonce.to_owned());
        let claims = match id_token.claims(&client.id_token_verifier(), &nonce) {
            Ok(c) => c.clone(),
            Err(first) => {
                // The provider may have rotated its keys: fetch them once more and retry.
                let client = self.client(self.metadata(true).await?, redirect)?;
                id_token
                    .claims(&client.id_token_verifier(), &nonce)
                    .map_err(|e| anyhow!("ID token rejected: {first}; after refresh: {e}"))?
                    .clone()
            }
        };
        let name = claims
            .name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().to_owned());
        let picture = claims
            .picture()
            .and_then(|p| p.get(None))
            .map(|p| p.as_str().to_owned());
        Ok(Identity {
            subject: claims.subject().as_str().to_owned(),
            email: claims.email().map(|e| e.as_str().to_owned()),
            email_verified: claims.email_verified().unwrap_or(false),
            name,
            picture,
        })
    }
}
