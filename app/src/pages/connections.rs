//! `/settings/connections` and `/settings/connections/history`: the platforms this server
//! offers (what each asks for and why), the account's connections with where each may publish,
//! and the publishing history. Server-rendered forms (no islands).

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::{
    routes,
    social::{ConnectionView, ConnectionsPage, Platform, PlatformOffer, PostView, fields},
    testids,
};

use crate::{
    account::{Viewer, viewer},
    components::form::{FormNotice, Notice, field_error},
    error::AppError,
    forms::{FormFeedback, feedback},
    pages::settings::SettingsFrame,
};

/// The targets form's id (for its feedback).
pub const TARGETS_FORM: &str = "targets";

/// The connect form's field naming the platform.
pub const PLATFORM_FIELD: &str = "platform";

async fn load(v: Viewer) -> Result<ConnectionsPage, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.social.connections(&v).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = v;
        Err(AppError::internal())
    }
}

async fn load_history(v: Viewer) -> Result<Vec<PostView>, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.social.history(&v).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = v;
        Err(AppError::internal())
    }
}

/// An RFC 3339 time as `YYYY-MM-DD HH:MM UTC`.
pub(crate) fn when(rfc3339: &str) -> String {
    match (rfc3339.get(..10), rfc3339.get(11..16)) {
        (Some(day), Some(time)) => format!("{day} {time} UTC"),
        _ => rfc3339.to_owned(),
    }
}

/// What Obscura does with a platform's access, in one sentence.
fn purpose(platform: Platform) -> &'static str {
    if platform.publishes() {
        "Posts only the images you publish, when you press Publish. Never reads your messages, followers or statistics."
    } else {
        "YouTube offers no API for image posts, so Obscura shows your channel but publishes nothing there."
    }
}

fn kind_label(kind: &str) -> &str {
    match kind {
        "profile" => "profile",
        "page" => "page",
        "organization" => "organization page",
        "account" => "account",
        "board" => "board",
        "channel" => "channel",
        other => other,
    }
}

/// The "Connect …" (or "Reconnect …") button: a POST to start the platform's authorization.
#[component]
fn ConnectForm(platform: Platform, #[prop(default = false)] again: bool) -> impl IntoView {
    let text = if again {
        format!("Reconnect {}", platform.label())
    } else {
        format!("Connect {}", platform.label())
    };
    let class = if again {
        "btn-secondary btn-sm"
    } else {
        "btn-primary"
    };
    view! {
        <form method="post" action=routes::CONNECTION_START>
            <input type="hidden" name=PLATFORM_FIELD value=platform.as_str() />
            <button type="submit" class=class data-testid=testids::SOCIAL_CONNECT data-platform=platform.as_str()>{text}</button>
        </form>
    }
}

#[component]
fn Offer(offer: PlatformOffer) -> impl IntoView {
    let platform = offer.platform;
    view! {
        <li class="card flex flex-col gap-3 p-5" data-testid=testids::SOCIAL_OFFER data-platform=platform.as_str()>
            <h3 class="font-semibold">{platform.label()}</h3>
            <ConnectForm platform />
            <div class="text-sm text-muted">
                {if offer.scopes.is_empty() {
                    view! { <p>"Asks for no permissions beyond signing in."</p> }.into_any()
                } else {
                    view! {
                        <p>"Asks for: "
                            {offer.scopes.iter().enumerate().map(|(i, s)| view! {
                                {(i > 0).then_some(", ")}<code class="break-all">{s.clone()}</code>
                            }).collect_view()}
                        </p>
                    }.into_any()
                }}
                <p class="mt-1">{purpose(platform)}</p>
            </div>
        </li>
    }
}

/// Where a connection may publish: checkboxes (a radio group for Pinterest's one board).
#[component]
fn Targets(c: ConnectionView, fb: FormFeedback) -> impl IntoView {
    let one = c.platform == Platform::Pinterest;
    // Feedback belongs to this connection's form only when it was the one sent.
    let fb = if fb.value(fields::CONNECTION).as_deref() == Some(c.id.as_str()) {
        fb
    } else {
        FormFeedback::default()
    };
    let ticked: Option<Vec<String>> = (!fb.values.is_empty()).then(|| {
        fb.values
            .iter()
            .filter(|(k, _)| k == fields::TARGET)
            .map(|(_, v)| v.clone())
            .collect()
    });
    let error_base = format!("c-{}-target", c.id);
    let error = fb.error(fields::TARGET);
    let (legend, kind) = if one {
        ("Board to publish to", "radio")
    } else {
        ("Where to publish", "checkbox")
    };
    view! {
        <form method="post" action=routes::CONNECTION_TARGETS class="mt-4" data-testid=testids::SOCIAL_TARGETS_FORM>
            <FormNotice feedback=fb.clone() />
            <input type="hidden" name=fields::CONNECTION value=c.id.clone() />
            <fieldset aria-describedby=error.as_ref().map(|_| format!("{error_base}-error"))>
                <legend class="text-sm font-medium">{legend}</legend>
                {c.targets.iter().map(|t| {
                    let id = format!("c-target-{}", t.id);
                    let checked = ticked.as_ref().map_or(t.chosen, |ticked| ticked.contains(&t.id));
                    view! {
                        <div class="check !mt-2">
                            <input type=kind id=id.clone() name=fields::TARGET value=t.id.clone() checked=checked />
                            <label for=id>{t.name.clone()}<span class="text-muted">{format!(" ({})", kind_label(&t.kind))}</span></label>
                        </div>
                    }
                }).collect_view()}
                {field_error(&error_base, error.clone())}
            </fieldset>
            <div class="mt-3">
                <button type="submit" class="btn-secondary btn-sm">"Save choices"</button>
            </div>
        </form>
    }
}

#[component]
fn Connection(c: ConnectionView, fb: FormFeedback) -> impl IntoView {
    let platform = c.platform;
    let title = format!("{}: {}", platform.label(), c.display_name);
    let disconnect_hint = format!("c-{}-disconnect-hint", c.id);
    let disconnect_label = format!("Disconnect {title}");
    let expires = c.expires_at.as_deref().map_or_else(
        || "No expiry given by the platform".to_owned(),
        |e| format!("{} (renewed while in use)", when(e)),
    );
    let targets = (platform.publishes() && !c.targets.is_empty()).then(|| c.clone());
    let shown_only = (!platform.publishes()).then(|| c.targets.clone());
    let none_found = platform.publishes() && c.targets.is_empty();
    view! {
        <li class="panel mt-0" data-testid=testids::SOCIAL_CONNECTION data-platform=platform.as_str() data-reconnect=c.reconnect.is_some().then_some("true")>
            <div class="flex flex-wrap items-baseline justify-between gap-2">
                <h3 class="font-semibold break-words">{title.clone()}</h3>
                {c.reconnect.is_some().then(|| view! { <span class="badge">"Reconnect needed"</span> })}
            </div>
            <dl class="facts mt-3">
                {c.username.clone().map(|u| view! { <dt>"Account"</dt><dd class="break-all">{format!("@{u}")}</dd> })}
                <dt>"Connected"</dt><dd><time datetime=c.connected_at.clone()>{when(&c.connected_at)}</time></dd>
                <dt>"Access expires"</dt><dd>{expires}</dd>
                <dt>"Permissions"</dt>
                <dd>
                    {if c.scopes.is_empty() {
                        view! { <span>"None listed"</span> }.into_any()
                    } else {
                        c.scopes.iter().enumerate().map(|(i, s)| view! {
                            {(i > 0).then_some(", ")}<code class="break-all">{s.clone()}</code>
                        }).collect_view().into_any()
                    }}
                </dd>
            </dl>
            {c.reconnect.clone().map(|reason| view! {
                <Notice tone="error">{reason}</Notice>
                <div class="mt-3"><ConnectForm platform again=true /></div>
            })}
            {targets.map(|c| view! { <Targets c fb /> })}
            {shown_only.map(|ts| view! {
                <p class="mt-4 text-sm">
                    {ts.iter().map(|t| format!("Channel: {}", t.name)).collect::<Vec<_>>().join(" · ")}
                </p>
                <p class="mt-1 text-sm text-muted">{purpose(platform)}</p>
            })}
            {none_found.then(|| view! {
                <p class="mt-4 text-sm text-muted">"The platform listed no page, board or profile this account can publish to."</p>
            })}
            <form method="post" action=routes::CONNECTION_DISCONNECT class="mt-5 border-t border-line pt-4" data-testid=testids::SOCIAL_DISCONNECT_FORM>
                <input type="hidden" name=fields::CONNECTION value=c.id.clone() />
                <p class="text-sm text-muted" id=disconnect_hint.clone()>
                    "Disconnecting revokes Obscura's access at the platform where it allows that, and deletes the tokens here at once. Your publishing history is kept until you delete it."
                </p>
                <button type="submit" class="btn-ghost btn-sm mt-2 text-red-700 dark:text-red-300" aria-label=disconnect_label aria-describedby=disconnect_hint>"Disconnect"</button>
            </form>
        </li>
    }
}

#[component]
fn ConnectionsBody(page: ConnectionsPage, fb: FormFeedback) -> impl IntoView {
    let ConnectionsPage {
        offers,
        connections,
    } = page;
    view! {
        <section class="mt-8" aria-labelledby="c-yours">
            <h2 id="c-yours">"Your connections"</h2>
            {if connections.is_empty() {
                view! { <p class="mt-3 text-muted">"No connections yet."</p> }.into_any()
            } else {
                view! {
                    <ul class="mt-4 flex flex-col gap-4">
                        {connections.into_iter().map(|c| view! { <Connection c fb=fb.clone() /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section class="mt-10" aria-labelledby="c-connect">
            <h2 id="c-connect">"Connect a platform"</h2>
            {if offers.is_empty() {
                view! {
                    <div class="empty-state mt-4" data-testid=testids::SOCIAL_NO_PLATFORMS>
                        <p>"The operator of this server has not configured any platform, so there is nothing to connect yet."</p>
                    </div>
                }.into_any()
            } else {
                view! {
                    <p class="mt-2 text-sm text-muted">"You are sent to the platform to sign in and agree; Obscura keeps the access it grants sealed, and asks for nothing more than listed."</p>
                    <ul class="mt-4 grid gap-4 sm:grid-cols-2">
                        {offers.into_iter().map(|offer| view! { <Offer offer /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// `/settings/connections`.
#[component]
pub fn Connections() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    // Read before anything waits: what the targets form's handler put in context.
    let fb = feedback(TARGETS_FORM);
    let data = Resource::new_blocking(move || v.clone(), load);
    view! {
        <Title text="Connections" />
        <SettingsFrame title="Connections">
            <p class="mt-2 text-muted">"Connect your social accounts to publish images from your gallery. Nothing is posted unless you press Publish on an image."</p>
            <p class="mt-2"><a class="link" href=routes::SETTINGS_CONNECTIONS_HISTORY>"See your publishing history"</a></p>
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
                {move || {
                    let fb = fb.clone();
                    Suspend::new(async move { data.await.map(|page| view! { <ConnectionsBody page fb /> }) })
                }}
            </Suspense>
        </SettingsFrame>
    }
    .into_any()
}

/// How a post's status reads.
fn status_text(status: &str) -> &str {
    match status {
        "queued" => "Queued",
        "published" => "Published",
        "failed" => "Failed",
        "awaiting_approval" => "Waiting for approval",
        "cancelled" => "Cancelled",
        other => other,
    }
}

/// One row of the publishing history (the history page and an image's publish page).
#[component]
pub(crate) fn PostRow(post: PostView) -> impl IntoView {
    let deletable = !matches!(post.status.as_str(), "queued" | "awaiting_approval");
    let time = post.published_at.clone().unwrap_or(post.created_at.clone());
    let delete_label = format!(
        "Delete from history: {} post to {}, {}",
        post.platform.label(),
        post.target_name,
        when(&time)
    );
    let tone = match post.status.as_str() {
        "failed" => "font-medium text-red-700 dark:text-red-300",
        "published" => "font-medium text-emerald-700 dark:text-emerald-300",
        _ => "font-medium",
    };
    view! {
        <tr data-testid=testids::SOCIAL_HISTORY_ROW data-status=post.status.clone()>
            <th scope="row">{post.platform.label()}</th>
            <td data-label="Image"><a class="link" href=routes::gallery_item(&post.image_id)>"View image"</a></td>
            <td data-label="Account" class="break-words">{post.account_name.clone()}</td>
            <td data-label="Where" class="break-words">{post.target_name.clone()}</td>
            <td data-label="Status">
                <span class=tone>{status_text(&post.status).to_owned()}</span>
                {post.detail.clone().map(|d| view! { <span class="block text-sm text-muted break-words">{d}</span> })}
            </td>
            <td data-label="Time"><time datetime=time.clone()>{when(&time)}</time></td>
            <td data-label="Post">
                {match post.permalink.clone() {
                    Some(url) => view! { <a class="link" href=url rel="noopener noreferrer" target="_blank">"Open post"<span class="sr-only">" (opens in a new tab)"</span></a> }.into_any(),
                    None => view! { <span class="text-muted">"—"</span> }.into_any(),
                }}
            </td>
            <td data-label="Action">
                {deletable.then(|| view! {
                    <form method="post" action=routes::HISTORY_DELETE>
                        <input type="hidden" name=fields::POST value=post.id.clone() />
                        <button type="submit" class="btn-ghost btn-sm" aria-label=delete_label>"Delete"</button>
                    </form>
                })}
            </td>
        </tr>
    }
}

/// The history table (or nothing: callers show their own empty state).
#[component]
pub(crate) fn PostTable(posts: Vec<PostView>) -> impl IntoView {
    view! {
        <div class="data-table"><div class="table-wrap mt-4">
            <table>
                <thead>
                    <tr>
                        <th scope="col">"Platform"</th>
                        <th scope="col">"Image"</th>
                        <th scope="col">"Account"</th>
                        <th scope="col">"Where"</th>
                        <th scope="col">"Status"</th>
                        <th scope="col">"Time"</th>
                        <th scope="col">"Post"</th>
                        <th scope="col"><span class="sr-only">"Actions"</span></th>
                    </tr>
                </thead>
                <tbody>
                    {posts.into_iter().map(|post| view! { <PostRow post /> }).collect_view()}
                </tbody>
            </table>
        </div></div>
    }
}

/// `/settings/connections/history`.
#[component]
pub fn ConnectionsHistory() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let data = Resource::new_blocking(move || v.clone(), load_history);
    view! {
        <Title text="Publishing history" />
        <SettingsFrame title="Publishing history">
            <p class="mt-2"><a class="link" href=routes::SETTINGS_CONNECTIONS>"← Connections"</a></p>
            <p class="mt-2 text-muted">"Every post you asked for, newest first. A row stays until you delete it, also after you disconnect; deleting it here does not remove the post from the platform."</p>
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|posts| if posts.is_empty() {
                        view! { <div class="empty-state mt-6"><p>"Nothing published yet. Open an image in your "<a class="link" href=routes::GALLERY>"gallery"</a>" and choose Publish."</p></div> }.into_any()
                    } else {
                        view! { <PostTable posts /> }.into_any()
                    })
                })}
            </Suspense>
        </SettingsFrame>
    }
    .into_any()
}
