//! `/dev/outbox`: in development, the mail that would have been sent (404 otherwise).

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use obscura_shared::{account::Language, t, testids};

use crate::{account::OutboxMessage, pages::not_found::NotFound};

async fn load() -> Option<Vec<OutboxMessage>> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports().ok()?.accounts.outbox().await
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

/// The development outbox.
#[component]
pub fn Outbox() -> impl IntoView {
    if !crate::site_info().development {
        return view! { <NotFound /> }.into_any();
    }
    let lang = use_context::<Language>().unwrap_or_default();
    let messages = Resource::new_blocking(|| (), |()| load());
    // The title is set before the data arrives, so that the head always carries it.
    view! {
        <Title text=t!(lang, "outbox-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match messages.await {
                    None => view! { <NotFound /> }.into_any(),
                    Some(list) => view! { <OutboxList list /> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
fn OutboxList(list: Vec<OutboxMessage>) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <Meta name="robots" content="noindex" />
        <article class="prose-page">
            <header>
                <p class="eyebrow">{t!(lang, "outbox-eyebrow")}</p>
                <h1>{t!(lang, "outbox-heading")}</h1>
                <p class="lead">{t!(lang, "outbox-lead")}</p>
            </header>
            {if list.is_empty() {
                view! { <p class="mt-8">{t!(lang, "outbox-empty")}</p> }.into_any()
            } else {
                view! {
                    <ol class="mt-8 space-y-6">
                        {list.into_iter().map(|m| view! {
                            <li class="card" data-testid=testids::OUTBOX_MESSAGE>
                                <h2 class="text-lg font-semibold">{m.subject.clone()}</h2>
                                <p class="meta">{t!(lang, "outbox-to")}" " <strong data-field="to">{m.to.clone()}</strong> " · " <time datetime=m.sent_at.clone()>{m.sent_at.clone()}</time></p>
                                <ul class="mt-3 space-y-1">
                                    {m.links().into_iter().map(|l| view! { <li><a class="link break-all" href=l.clone()>{l.clone()}</a></li> }).collect_view()}
                                </ul>
                                <details class="mt-3">
                                    <summary class="cursor-pointer text-sm font-medium">{t!(lang, "outbox-plain-text")}</summary>
                                    <pre class="mt-2 whitespace-pre-wrap text-sm">{m.text.clone()}</pre>
                                </details>
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </article>
    }
}
