//! `hreflang` alternates: a public page names its address in every language Obscura speaks
//! (`?lang=…`), and the one that follows the reader's browser (`x-default`), so that search
//! engines send each reader to their own language.

use leptos::prelude::*;
use leptos_meta::Link;
use leptos_router::hooks::use_location;
use obscura_shared::{account::Language, i18n, routes};

/// The pages anyone may open, the same for everyone: the ones given alternates.
const PUBLIC: [&str; 11] = [
    routes::HOME,
    routes::PRIVACY,
    routes::PRIVACY_VERSIONS,
    routes::TERMS,
    routes::PRICING,
    routes::DOCS_API,
    routes::TRY,
    routes::LOGIN,
    routes::SIGNUP,
    routes::SUPPORT,
    routes::COOKIES,
];

/// Whether `path` is one of the fixed public pages. A share page names its alternates itself,
/// once it knows the share exists: a gone share must answer exactly as an unknown one.
#[must_use]
pub fn is_public(path: &str) -> bool {
    PUBLIC.contains(&path)
}

/// The alternates of the current page, if it is one of the fixed public pages.
#[component]
pub fn Alternates() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    is_public(&path).then(|| view! { <PageAlternates /> })
}

/// The alternates of the current page, whatever it is (a share page that exists).
#[component]
pub fn PageAlternates() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    let origin = crate::site_info().public_url.clone();
    let href = |query: Option<String>| match query {
        Some(q) => format!("{origin}{path}?{q}"),
        None => format!("{origin}{path}"),
    };
    view! {
        {Language::ALL
            .into_iter()
            .map(|lang| {
                view! {
                    <Link
                        rel="alternate"
                        hreflang=lang.code()
                        href=href(Some(i18n::query_for(lang)))
                    />
                }
            })
            .collect_view()}
        <Link rel="alternate" hreflang="x-default" href=href(None) />
    }
}

#[cfg(test)]
mod tests {
    use super::is_public;

    #[test]
    fn fixed_public_pages_have_alternates_and_private_ones_not() {
        assert!(is_public("/"));
        assert!(is_public("/privacy"));
        // Share pages name theirs once found.
        assert!(!is_public("/share/abc123"));
        assert!(!is_public("/gallery"));
        assert!(!is_public("/settings/profile"));
    }
}
