//! `/settings/connections` and `/settings/connections/history`: the platforms this server
//! offers (what each asks for and why), the account's connections with where each may publish,
//! and the publishing history. Server-rendered forms (no islands).

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::{
    account::Language,
    routes,
    social::{ConnectionView, ConnectionsPage, Platform, PlatformOffer, PostView, fields},
    t, testids,
};

use crate::{
    account::{Viewer, viewer},
    components::form::{FormNotice, Notice, field_error},
    error::AppError,
    forms::{FormFeedback, feedback},
    pages::{api_docs::prose, settings::SettingsFrame},
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

/// The name people know a platform by, in `lang` (product names stay as they are).
pub(crate) fn platform_name(lang: Language, platform: Platform) -> String {
    platform.name().render(lang)
}

/// What Obscura does with a platform's access, in one sentence.
fn purpose(lang: Language, platform: Platform) -> String {
    if platform.publishes() {
        t!(lang, "connections-purpose")
    } else {
        t!(lang, "connections-purpose-youtube")
    }
}

fn kind_label(lang: Language, kind: &str) -> String {
    match kind {
        "profile" => t!(lang, "connection-kind-profile"),
        "page" => t!(lang, "connection-kind-page"),
        "organization" => t!(lang, "connection-kind-organization"),
        "account" => t!(lang, "connection-kind-account"),
        "board" => t!(lang, "connection-kind-board"),
        "channel" => t!(lang, "connection-kind-channel"),
        other => other.to_owned(),
    }
}

/// The "Connect …" (or "Reconnect …") button: a POST to start the platform's authorization.
#[component]
fn ConnectForm(platform: Platform, #[prop(default = false)] again: bool) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let name = platform_name(lang, platform);
    let text = if again {
        t!(lang, "connection-reconnect", platform = name)
    } else {
        t!(lang, "connection-connect", platform = name)
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
    let lang = use_context::<Language>().unwrap_or_default();
    let platform = offer.platform;
    view! {
        <li class="card flex flex-col gap-3 p-5" data-testid=testids::SOCIAL_OFFER data-platform=platform.as_str()>
            <h3 class="font-semibold">{platform_name(lang, platform)}</h3>
            <ConnectForm platform />
            <div class="text-sm text-muted">
                {if offer.scopes.is_empty() {
                    view! { <p>{t!(lang, "connections-asks-nothing")}</p> }.into_any()
                } else {
                    view! {
                        <p>{t!(lang, "connections-asks-for")}" "
                            {offer.scopes.iter().enumerate().map(|(i, s)| view! {
                                {(i > 0).then_some(", ")}<code class="break-all">{s.clone()}</code>
                            }).collect_view()}
                        </p>
                    }.into_any()
                }}
                <p class="mt-1">{purpose(lang, platform)}</p>
            </div>
        </li>
    }
}

/// Where a connection may publish: checkboxes (a radio group for Pinterest's one board).
#[component]
fn Targets(c: ConnectionView, fb: FormFeedback) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
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
        (t!(lang, "connections-board"), "radio")
    } else {
        (t!(lang, "connections-where"), "checkbox")
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
                            <label for=id>{t.name.clone()}<span class="text-muted">{format!(" ({})", kind_label(lang, &t.kind))}</span></label>
                        </div>
                    }
                }).collect_view()}
                {field_error(&error_base, error.clone())}
            </fieldset>
            <div class="mt-3">
                <button type="submit" class="btn-secondary btn-sm">{t!(lang, "connections-save")}</button>
            </div>
        </form>
    }
}

#[component]
fn Connection(c: ConnectionView, fb: FormFeedback) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let platform = c.platform;
    let title = format!("{}: {}", platform_name(lang, platform), c.display_name);
    let disconnect_hint = format!("c-{}-disconnect-hint", c.id);
    let disconnect_label = t!(
        lang,
        "connection-disconnect-label",
        connection = title.as_str()
    );
    let expires = c.expires_at.as_deref().map_or_else(
        || t!(lang, "connection-no-expiry"),
        |e| t!(lang, "connection-renewed", time = when(e)),
    );
    let targets = (platform.publishes() && !c.targets.is_empty()).then(|| c.clone());
    let shown_only = (!platform.publishes()).then(|| c.targets.clone());
    let none_found = platform.publishes() && c.targets.is_empty();
    view! {
        <li class="panel mt-0" data-testid=testids::SOCIAL_CONNECTION data-platform=platform.as_str() data-reconnect=c.reconnect.is_some().then_some("true")>
            <div class="flex flex-wrap items-baseline justify-between gap-2">
                <h3 class="font-semibold break-words">{title.clone()}</h3>
                {c.reconnect.is_some().then(|| view! { <span class="badge">{t!(lang, "connection-reconnect-needed")}</span> })}
            </div>
            <dl class="facts mt-3">
                {c.username.clone().map(|u| view! { <dt>{t!(lang, "connection-account")}</dt><dd class="break-all">{format!("@{u}")}</dd> })}
                <dt>{t!(lang, "connection-connected")}</dt><dd><time datetime=c.connected_at.clone()>{when(&c.connected_at)}</time></dd>
                <dt>{t!(lang, "connection-access-expires")}</dt><dd>{expires}</dd>
                <dt>{t!(lang, "connection-permissions")}</dt>
                <dd>
                    {if c.scopes.is_empty() {
                        view! { <span>{t!(lang, "connection-no-permissions")}</span> }.into_any()
                    } else {
                        c.scopes.iter().enumerate().map(|(i, s)| view! {
                            {(i > 0).then_some(", ")}<code class="break-all">{s.clone()}</code>
                        }).collect_view().into_any()
                    }}
                </dd>
            </dl>
            {c.reconnect.clone().map(|reason| view! {
                <Notice tone="error">{reason.render(lang)}</Notice>
                <div class="mt-3"><ConnectForm platform again=true /></div>
            })}
            {targets.map(|c| view! { <Targets c fb /> })}
            {shown_only.map(|ts| view! {
                <p class="mt-4 text-sm">
                    {ts.iter().map(|target| t!(lang, "connection-channel", name = target.name.as_str())).collect::<Vec<_>>().join(" · ")}
                </p>
                <p class="mt-1 text-sm text-muted">{purpose(lang, platform)}</p>
            })}
            {none_found.then(|| view! {
                <p class="mt-4 text-sm text-muted">{t!(lang, "connection-no-targets")}</p>
            })}
            <form method="post" action=routes::CONNECTION_DISCONNECT class="mt-5 border-t border-line pt-4" data-testid=testids::SOCIAL_DISCONNECT_FORM>
                <input type="hidden" name=fields::CONNECTION value=c.id.clone() />
                <p class="text-sm text-muted" id=disconnect_hint.clone()>{t!(lang, "connection-disconnect-hint")}</p>
                <button type="submit" class="btn-ghost btn-sm mt-2 text-red-700 dark:text-red-300" aria-label=disconnect_label aria-describedby=disconnect_hint>{t!(lang, "connection-disconnect")}</button>
            </form>
        </li>
    }
}

#[component]
fn ConnectionsBody(page: ConnectionsPage, fb: FormFeedback) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let ConnectionsPage {
        offers,
        connections,
    } = page;
    view! {
        <section class="mt-8" aria-labelledby="c-yours">
            <h2 id="c-yours">{t!(lang, "connections-yours")}</h2>
            {if connections.is_empty() {
                view! { <p class="mt-3 text-muted">{t!(lang, "connections-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="mt-4 flex flex-col gap-4">
                        {connections.into_iter().map(|c| view! { <Connection c fb=fb.clone() /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section class="mt-10" aria-labelledby="c-connect">
            <h2 id="c-connect">{t!(lang, "connections-connect")}</h2>
            {if offers.is_empty() {
                view! {
                    <div class="empty-state mt-4" data-testid=testids::SOCIAL_NO_PLATFORMS>
                        <p>{t!(lang, "connections-no-platforms")}</p>
                    </div>
                }.into_any()
            } else {
                view! {
                    <p class="mt-2 text-sm text-muted">{t!(lang, "connections-connect-hint")}</p>
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
    let lang = use_context::<Language>().unwrap_or_default();
    // Read before anything waits: what the targets form's handler put in context.
    let fb = feedback(TARGETS_FORM);
    let data = Resource::new_blocking(move || v.clone(), load);
    view! {
        <Title text=t!(lang, "connections-title") />
        <SettingsFrame title=t!(lang, "connections-title")>
            <p class="mt-2 text-muted">{t!(lang, "connections-intro")}</p>
            <p class="mt-2"><a class="link" href=routes::SETTINGS_CONNECTIONS_HISTORY>{t!(lang, "connections-see-history")}</a></p>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "billing-loading")}</p> }>
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
fn status_text(lang: Language, status: &str) -> String {
    match status {
        "queued" => t!(lang, "connections-post-queued"),
        "published" => t!(lang, "connections-post-published"),
        "failed" => t!(lang, "connections-post-failed"),
        "awaiting_approval" => t!(lang, "connections-post-awaiting"),
        "cancelled" => t!(lang, "connections-post-cancelled"),
        other => other.to_owned(),
    }
}

/// One row of the publishing history (the history page and an image's publish page).
#[component]
pub(crate) fn PostRow(post: PostView) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let deletable = !matches!(post.status.as_str(), "queued" | "awaiting_approval");
    let time = post.published_at.clone().unwrap_or(post.created_at.clone());
    let platform = platform_name(lang, post.platform);
    let delete_label = t!(
        lang,
        "connections-history-delete-label",
        platform = platform.as_str(),
        target = post.target_name.as_str(),
        time = when(&time)
    );
    let tone = match post.status.as_str() {
        "failed" => "font-medium text-red-700 dark:text-red-300",
        "published" => "font-medium text-emerald-700 dark:text-emerald-300",
        _ => "font-medium",
    };
    view! {
        <tr data-testid=testids::SOCIAL_HISTORY_ROW data-status=post.status.clone()>
            <th scope="row">{platform}</th>
            <td data-label=t!(lang, "connections-col-image")><a class="link" href=routes::gallery_item(&post.image_id)>{t!(lang, "connections-view-image")}</a></td>
            <td data-label=t!(lang, "connections-col-account") class="break-words">{post.account_name.clone()}</td>
            <td data-label=t!(lang, "connections-col-where") class="break-words">{post.target_name.clone()}</td>
            <td data-label=t!(lang, "connections-col-status")>
                <span class=tone>{status_text(lang, &post.status)}</span>
                {post.detail.as_ref().map(|d| view! { <span class="block text-sm text-muted break-words">{d.render(lang)}</span> })}
            </td>
            <td data-label=t!(lang, "connections-col-time")><time datetime=time.clone()>{when(&time)}</time></td>
            <td data-label=t!(lang, "connections-col-post")>
                {match post.permalink.clone() {
                    Some(url) => view! { <a class="link" href=url rel="noopener noreferrer" target="_blank">{t!(lang, "connections-open-post")}<span class="sr-only">{format!(" {}", t!(lang, "connections-new-tab"))}</span></a> }.into_any(),
                    None => view! { <span class="text-muted">"—"</span> }.into_any(),
                }}
            </td>
            <td data-label=t!(lang, "connections-col-action")>
                {deletable.then(|| view! {
                    <form method="post" action=routes::HISTORY_DELETE>
                        <input type="hidden" name=fields::POST value=post.id.clone() />
                        <button type="submit" class="btn-ghost btn-sm" aria-label=delete_label>{t!(lang, "connections-delete")}</button>
                    </form>
                })}
            </td>
        </tr>
    }
}

/// The history table (or nothing: callers show their own empty state).
#[component]
pub(crate) fn PostTable(posts: Vec<PostView>) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <div class="data-table"><div class="table-wrap mt-4">
            <table>
                <thead>
                    <tr>
                        <th scope="col">{t!(lang, "connections-col-platform")}</th>
                        <th scope="col">{t!(lang, "connections-col-image")}</th>
                        <th scope="col">{t!(lang, "connections-col-account")}</th>
                        <th scope="col">{t!(lang, "connections-col-where")}</th>
                        <th scope="col">{t!(lang, "connections-col-status")}</th>
                        <th scope="col">{t!(lang, "connections-col-time")}</th>
                        <th scope="col">{t!(lang, "connections-col-post")}</th>
                        <th scope="col"><span class="sr-only">{t!(lang, "connections-col-actions")}</span></th>
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
    let lang = use_context::<Language>().unwrap_or_default();
    let data = Resource::new_blocking(move || v.clone(), load_history);
    view! {
        <Title text=t!(lang, "connections-history-title") />
        <SettingsFrame title=t!(lang, "connections-history-title")>
            <p class="mt-2"><a class="link" href=routes::SETTINGS_CONNECTIONS>{format!("← {}", t!(lang, "connections-title"))}</a></p>
            <p class="mt-2 text-muted">{t!(lang, "connections-history-intro")}</p>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "billing-loading")}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|posts| if posts.is_empty() {
                        view! { <div class="empty-state mt-6"><p>{prose(&t!(lang, "connections-history-empty"), &[routes::GALLERY])}</p></div> }.into_any()
                    } else {
                        view! { <PostTable posts /> }.into_any()
                    })
                })}
            </Suspense>
        </SettingsFrame>
    }
    .into_any()
}
