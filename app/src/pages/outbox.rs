//! `/dev/outbox`: in development, the mail that would have been sent (404 otherwise).

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use obscura_shared::testids;

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
    let messages = Resource::new_blocking(|| (), |()| load());
    // The title is set before the data arrives, so that the head always carries it.
    view! {
        <Title text="Outbox (development)" />
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
    view! {
        <Meta name="robots" content="noindex" />
        <article class="prose-page">
            <header>
                <p class="eyebrow">"Development only"</p>
                <h1>"Outbox"</h1>
                <p class="lead">"No SMTP server is configured, so account emails are kept here instead of being sent. This page does not exist in production."</p>
            </header>
            {if list.is_empty() {
                view! { <p class="mt-8">"No messages yet."</p> }.into_any()
            } else {
                view! {
                    <ol class="mt-8 space-y-6">
                        {list.into_iter().map(|m| view! {
                            <li class="card" data-testid=testids::OUTBOX_MESSAGE>
                                <h2 class="text-lg font-semibold">{m.subject.clone()}</h2>
                                <p class="meta">"To " <strong data-field="to">{m.to.clone()}</strong> " · " <time datetime=m.sent_at.clone()>{m.sent_at.clone()}</time></p>
                                <ul class="mt-3 space-y-1">
                                    {m.links().into_iter().map(|l| view! { <li><a class="link break-all" href=l.clone()>{l.clone()}</a></li> }).collect_view()}
                                </ul>
                                <details class="mt-3">
                                    <summary class="cursor-pointer text-sm font-medium">"Plain text"</summary>
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
