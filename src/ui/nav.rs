//! The sticky section navigation. It marks the section being read with
//! `aria-current` and an underline, updated as the reader scrolls.

use gloo::events::EventListener;
use gloo::utils::{document, window};
use report_data::{Lang, SectionId};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{HtmlElement, ResizeObserver};
use yew::prelude::*;

use crate::i18n::strings;

/// The id of the sources-and-method section, the last one.
pub const METHOD: &str = "method";

/// Each section's id and short name, in page order.
fn entries(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let t = strings(lang);
    SectionId::ALL
        .iter()
        .map(|&s| (s.slug(), (t.section_short)(s)))
        .chain([(METHOD, t.method_title)])
        .collect()
}

/// The section being read: the last one whose top has passed a line a
/// third of the way down the window, and never above the bar's bottom (a
/// short landscape phone with large text); the last one at the bottom.
fn reading(ids: &[&str], nav: &HtmlElement) -> Option<usize> {
    let height = window().inner_height().ok()?.as_f64()?;
    // At the very bottom the last section is being read, even when it is
    // too short for its top to reach the line.
    let bottom = window().scroll_y().ok()? + height;
    let page = document().document_element()?.scroll_height();
    if bottom >= f64::from(page) - 2.0 && window().scroll_y().ok()? > 0.0 {
        return ids.len().checked_sub(1);
    }
    let third = height / 3.0;
    let line = third.max(nav.get_bounding_client_rect().bottom() + 16.0);
    ids.iter().rposition(|id| {
        document()
            .get_element_by_id(id)
            .is_some_and(|el| el.get_bounding_client_rect().top() <= line)
    })
}

/// Keeps `--nav-height` on `<html>` equal to the bar's height, which wraps
/// to more rows on narrow screens and with larger text: the stylesheet's
/// `scroll-padding-top` reads it, so neither a jump to a section nor a
/// focused control ends up under the bar. Returns what stops it.
fn follow_height(nav: HtmlElement) -> Option<impl FnOnce()> {
    let root = document()
        .document_element()?
        .dyn_into::<HtmlElement>()
        .ok()?;
    let target = nav.clone();
    let measure = Closure::<dyn FnMut()>::new(move || {
        let height = format!("{}px", nav.offset_height());
        let _ = root.style().set_property("--nav-height", &height);
    });
    let observer = ResizeObserver::new(measure.as_ref().unchecked_ref()).ok()?;
    observer.observe(&target);
    Some(move || {
        observer.disconnect();
        drop(measure);
    })
}

#[function_component(SectionNav)]
pub fn section_nav() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    // None at first, as prerendered; the position is read after mount.
    let current = use_state_eq(|| None::<usize>);
    let nav = use_node_ref();
    {
        let (current, nav) = (current.clone(), nav.clone());
        use_effect_with((), move |_| {
            let ids: Vec<_> = entries(lang).into_iter().map(|(id, _)| id).collect();
            let nav = nav.cast::<HtmlElement>();
            let update = {
                let nav = nav.clone();
                move || current.set(nav.as_ref().and_then(|nav| reading(&ids, nav)))
            };
            // First read in the next frame, which lays the page out anyway:
            // read now, it would force that layout inside the hydration task.
            let first = Closure::once_into_js(update.clone());
            let _ = window().request_animation_frame(first.unchecked_ref());
            // Browsers dispatch scroll at most once a frame, and reading a
            // handful of boxes then is cheap: no further throttle needed.
            let listener = EventListener::new(&window(), "scroll", move |_| update());
            let height = nav.and_then(follow_height);
            move || {
                drop(listener);
                if let Some(stop) = height {
                    stop();
                }
            }
        });
    }
    html! {
        <nav class="section-nav" ref={nav} aria-label={strings(lang).sections_nav}>
            <ul>
                { for entries(lang).into_iter().enumerate().map(|(i, (id, name))| html! {
                    <li>
                        <a href={format!("#{id}")} class={id}
                            aria-current={(*current == Some(i)).then_some("location")}>
                            { name }
                        </a>
                    </li>
                }) }
            </ul>
        </nav>
    }
}
