//! The explorer's view lives in the page URL, so a copied link reopens it
//! and back/forward step through filter changes.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::utils::window;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::explorer::ViewState;

fn read() -> ViewState {
    ViewState::from_query(&window().location().search().unwrap_or_default())
}

/// Writes `view` into the URL as a new history entry or over the current
/// one. An unchanged URL is left alone, so clicking a pressed button adds
/// nothing to the history.
fn write(view: &ViewState, new_entry: bool) {
    let window = window();
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let query = view.replace_in(&search);
    if query == search.strip_prefix('?').unwrap_or(&search) {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = match query.as_str() {
        // An empty URL would mean "this URL", keeping the old query.
        "" => format!("{path}{hash}"),
        q => format!("{path}?{q}{hash}"),
    };
    let Ok(history) = window.history() else {
        return;
    };
    let _ = if new_entry {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// The view, kept in step with the URL.
#[derive(Clone)]
pub struct UrlView {
    state: UseStateHandle<ViewState>,
    /// Whether a search is being typed: its first keystroke made a history
    /// entry, the following ones update that entry.
    typing: Rc<Cell<bool>>,
}

impl UrlView {
    pub fn view(&self) -> &ViewState {
        &self.state
    }

    /// A filter change: one history entry.
    pub fn push(&self, view: ViewState) {
        self.typing.set(false);
        write(&view, true);
        self.state.set(view);
    }

    /// A keystroke in the search field: back skips the half-typed words
    /// and returns to the view before typing began.
    pub fn typed(&self, view: ViewState) {
        write(&view, !self.typing.replace(true));
        self.state.set(view);
    }

    /// The search field was committed (change or blur): the next keystroke
    /// starts a new history entry.
    pub fn committed(&self) {
        self.typing.set(false);
    }
}

/// The first render shows the default view, so that it matches a page
/// rendered ahead of time; the URL's view is applied right after, and again
/// whenever back or forward changes the URL.
#[hook]
pub fn use_url_view() -> UrlView {
    let state = use_state_eq(ViewState::default);
    let typing = use_memo((), |_| Cell::new(false));
    {
        let state = state.clone();
        let typing = typing.clone();
        use_effect_with((), move |_| {
            state.set(read());
            let listener = EventListener::new(&window(), "popstate", move |_| {
                typing.set(false);
                state.set(read());
            });
            move || drop(listener)
        });
    }
    UrlView { state, typing }
}
