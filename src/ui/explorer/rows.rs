//! The rows and group headings the static page holds beside this island
//! (`ui::page::explorer`), outside what Yew renders: each view shows and
//! hides the rows by id and sets the group headings, the "none" lines, the
//! fold of the items with no stated season and, when nothing matches,
//! hides the groups altogether.

use std::cell::Cell;

use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::explorer::{Matches, ViewState};
use crate::i18n::ExplorerStrings;

/// Applies a view to the page's rows. `visible` is `Matches::visible_ids`.
///
/// `unfolded` is what the last view set the "not stated" fold to (`None`
/// while the groups were hidden). A view sets the fold only when it would
/// set it otherwise than the last one, so a fold the reader opened stays
/// open while they keep narrowing the view by season.
pub fn show(
    view: &ViewState,
    matches: &Matches,
    visible: &[&str],
    t: &ExplorerStrings,
    unfolded: &Cell<Option<bool>>,
) {
    let Some(groups) = document()
        .query_selector("[data-explorer-results]")
        .ok()
        .flatten()
    else {
        return;
    };
    if let Ok(rows) = groups.query_selector_all("[data-explorer-item]") {
        for i in 0..rows.length() {
            if let Some(row) = rows.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let id = row.get_attribute("data-explorer-item").unwrap_or_default();
                set_hidden(&row, !visible.contains(&id.as_str()));
            }
        }
    }
    set_hidden(&groups, matches.is_empty());
    if matches.is_empty() {
        unfolded.set(None);
        return;
    }
    if let Some(h) = find(&groups, "[data-explorer-heading]") {
        set_text(&h, t.tied_to(view.season));
    }
    if let Some(summary) = find(&groups, "#explorer-not-stated") {
        set_text(&summary, &(t.not_stated)(matches.season_not_stated.len()));
    }
    for (group, shown) in [
        ("seasonal", &matches.seasonal),
        ("not-stated", &matches.season_not_stated),
    ] {
        if let Some(list) = find(&groups, &format!("[data-explorer-group=\"{group}\"]")) {
            set_hidden(&list, shown.is_empty());
        }
        if let Some(none) = find(&groups, &format!("[data-explorer-none=\"{group}\"]")) {
            set_hidden(&none, !shown.is_empty());
        }
    }
    let unfold = view.season.is_none() && !view.is_default();
    if unfolded.replace(Some(unfold)) != Some(unfold)
        && let Some(fold) = find(&groups, "[data-explorer-unstated]")
    {
        let _ = fold.toggle_attribute_with_force("open", unfold);
    }
}

fn find(within: &Element, selector: &str) -> Option<Element> {
    within.query_selector(selector).ok().flatten()
}

/// Touches the element only when it changes.
fn set_hidden(el: &Element, hidden: bool) {
    if el.has_attribute("hidden") != hidden {
        let _ = el.toggle_attribute_with_force("hidden", hidden);
    }
}

fn set_text(el: &Element, text: &str) {
    if el.text_content().as_deref() != Some(text) {
        el.set_text_content(Some(text));
    }
}
