//! The page language: from the URL path at first render (so the prerendered
//! page and the first client render agree), then `?lang=` and the remembered
//! choice after mount, and switched in place without a reload.

use gloo::events::EventListener;
use gloo::utils::{document, window};
use report_data::Lang;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::storage;
use crate::i18n::strings;
use crate::page_url::{join, lang_of_path, path_for, take_lang};

const KEY: &str = "xining-report.lang";

/// Moves the page to `lang`'s URL (keeping the query and hash, minus any
/// `?lang=`) and updates what lives outside the Yew tree.
fn go(lang: Lang, new_entry: bool) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let (_, query) = take_lang(&location.search().unwrap_or_default());
    let url = join(
        &path_for(&path, lang),
        &query,
        &location.hash().unwrap_or_default(),
    );
    if let Ok(history) = window().history() {
        let _ = if new_entry {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
    apply(lang);
}

fn apply(lang: Lang) {
    let doc = document();
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", strings(lang).html_lang);
    }
    doc.set_title(strings(lang).page_title);
}

/// The head's icon and manifest links are relative to the address the page
/// was opened at; the browser re-reads them when the address changes, so
/// they are pinned to absolute URLs before the first switch.
fn pin_head_links() {
    let Ok(links) = document()
        .query_selector_all("link[rel~=icon], link[rel=apple-touch-icon], link[rel=manifest]")
    else {
        return;
    };
    for i in 0..links.length() {
        if let Some(link) = links
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlLinkElement>().ok())
        {
            link.set_href(&link.href());
        }
    }
}

/// The language state and a callback that switches it (and remembers the
/// reader's choice).
#[hook]
pub fn use_lang(initial: Lang) -> (Lang, Callback<Lang>) {
    let lang = use_state(|| initial);
    {
        let lang = lang.clone();
        use_effect_with((), move |_| {
            pin_head_links();
            let location = window().location();
            let (asked, _) = take_lang(&location.search().unwrap_or_default());
            let remembered = storage::load(KEY).and_then(|v| take_lang(&format!("lang={v}")).0);
            // An explicit ?lang= wins; an English address is explicit too;
            // the plain address follows the remembered choice.
            let from_path = *lang;
            let wanted = asked.or(if from_path == Lang::Zh {
                remembered
            } else {
                None
            });
            if let Some(wanted) = wanted {
                go(wanted, false);
                lang.set(wanted);
            }
            let listener = EventListener::new(&window(), "popstate", move |_| {
                let path = window().location().pathname().unwrap_or_default();
                let now = lang_of_path(&path);
                apply(now);
                lang.set(now);
            });
            move || drop(listener)
        });
    }
    let switch = {
        let lang = lang.clone();
        Callback::from(move |to: Lang| {
            storage::save(KEY, to.code());
            if to != *lang {
                go(to, true);
                lang.set(to);
            }
        })
    };
    (*lang, switch)
}
