//! Brings the islands to life where the reader is, one task each (a
//! zero-delay timeout between them, so the browser paints and handles input
//! in between) and never all in one long task. An island hydrates when it
//! comes within a screen's height of the viewport (an IntersectionObserver
//! on its first element: the roots are `display: contents`); the rest stay
//! prerendered HTML until the reader scrolls near them, so a phone that
//! opens the page pays only for what is on its screen. Each wasm module
//! runs this for its own part of the islands (`Part`): the page's module
//! has none left, the later module (loaded by `static/boot.js` when the
//! explorer or a chart comes near) has them all. `<html>` gets
//! `data-app-started` when the wasm runs and `data-app-ready` once every
//! island answers to input. Each root gets `data-hydrated`: the
//! milliseconds from the `hydrate()` call to the end of the render Yew's
//! scheduler then runs in a microtask of the same task. An island whose
//! content changed before its turn (`fingerprint`) gets
//! `data-hydration-skipped` instead and stays prerendered HTML; the others
//! hydrate, and the page is then never marked ready.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use gloo::utils::{document, window};
use report_data::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::BaseComponent;

use super::fingerprint::{FINGERPRINT_ATTR, Fingerprint};
use super::island::{ATTR, Island, IslandProps, Part};

/// The page's language, as the prerender step wrote it on `<html lang>`:
/// the document says which page this is, whatever its path.
fn page_lang() -> Lang {
    let lang = document()
        .document_element()
        .map(|e| e.get_attribute("lang").unwrap_or_default())
        .unwrap_or_default();
    if lang.starts_with("en") {
        Lang::En
    } else {
        Lang::Zh
    }
}

struct Queue {
    lang: Lang,
    /// Hydrates one island with this module's root component.
    hydrate: fn(Element, Island, Lang),
    /// Near the screen, in the order they came near.
    due: VecDeque<(Element, Island)>,
    scheduled: bool,
}

type Shared = Rc<RefCell<Queue>>;

/// Hydrates the page's islands of `part` with `R`, that part's root
/// component (`island::FirstIslands`, `island::LaterIslands`).
pub fn start<R: BaseComponent<Properties = IslandProps>>(part: Part) {
    let mut islands = Vec::new();
    if let Ok(roots) = document().query_selector_all(&format!("[{ATTR}]")) {
        for i in 0..roots.length() {
            let Some(root) = roots.get(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let island = root.get_attribute(ATTR).and_then(|k| Island::parse(&k));
            if let Some(island) = island.filter(|i| i.part() == part) {
                islands.push((root, island));
            }
        }
    }
    set_flag("data-app-started");
    check_ready();
    let queue: Shared = Rc::new(RefCell::new(Queue {
        lang: page_lang(),
        hydrate: hydrate::<R>,
        due: VecDeque::new(),
        scheduled: false,
    }));
    // Without an observer (or a box to observe) an island is due at once.
    let unwatched = watch_viewport(&queue, islands);
    queue.borrow_mut().due.extend(unwatched);
    schedule(&queue);
}

/// The page is ready once every island on it, of either module, answers to
/// input; an island left unhydrated keeps it from ever being so.
fn check_ready() {
    let waiting = document()
        .query_selector(&format!("[{ATTR}]:not([data-hydrated])"))
        .ok()
        .flatten();
    if waiting.is_none() {
        set_flag("data-app-ready");
    }
}

fn set_flag(name: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute(name, "");
    }
}

/// Watches each island's first element; an island becomes due when that
/// comes within a screen's height of the viewport. Returns the islands it
/// cannot watch.
fn watch_viewport(queue: &Shared, islands: Vec<(Element, Island)>) -> Vec<(Element, Island)> {
    let options = IntersectionObserverInit::new();
    options.set_root_margin("100% 0px");
    let waiting = Rc::new(RefCell::new(Vec::new()));
    let (observed, pending) = (queue.clone(), waiting.clone());
    let on_change = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            for entry in entries.iter() {
                let entry: IntersectionObserverEntry = entry.unchecked_into();
                if !entry.is_intersecting() {
                    continue;
                }
                let target = entry.target();
                observer.unobserve(&target);
                let mut pending = pending.borrow_mut();
                if let Some(at) = pending.iter().position(|(el, _, _)| *el == target) {
                    let (_, root, island) = pending.swap_remove(at);
                    observed.borrow_mut().due.push_back((root, island));
                }
            }
            schedule(&observed);
        },
    );
    let Ok(observer) =
        IntersectionObserver::new_with_options(on_change.as_ref().unchecked_ref(), &options)
    else {
        return islands;
    };
    // The observer and its callback live as long as the page.
    on_change.forget();
    let mut unwatched = Vec::new();
    for (root, island) in islands {
        match root.first_element_child() {
            Some(first) => {
                observer.observe(&first);
                waiting.borrow_mut().push((first, root, island));
            }
            None => unwatched.push((root, island)),
        }
    }
    unwatched
}

/// One island per task: after each, the browser paints and handles input
/// before the next begins.
fn schedule(queue: &Shared) {
    {
        let mut q = queue.borrow_mut();
        if q.scheduled || q.due.is_empty() {
            return;
        }
        q.scheduled = true;
    }
    let next = queue.clone();
    let run = Closure::once_into_js(move || {
        let (item, lang, hydrate) = {
            let mut q = next.borrow_mut();
            q.scheduled = false;
            (q.due.pop_front(), q.lang, q.hydrate)
        };
        if let Some((root, island)) = item {
            if unchanged(&root) {
                hydrate(root, island, lang);
            } else {
                let _ = root.set_attribute("data-hydration-skipped", "");
            }
        }
        schedule(&next);
    });
    let _ = window().set_timeout_with_callback(run.unchecked_ref());
}

/// Whether the island's content is still what the prerender step wrote, by
/// its elements (`fingerprint`): if not, hydrating it would panic, and a
/// panic would stop every island, so it stays as it is: prerendered HTML.
fn unchanged(root: &Element) -> bool {
    let mut print = Fingerprint::default();
    if let Ok(all) = root.query_selector_all("*") {
        for i in 0..all.length() {
            if let Some(el) = all.get(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                print.add(&el.tag_name());
            }
        }
    }
    root.get_attribute(FINGERPRINT_ATTR) == Some(print.value())
}

fn hydrate<R: BaseComponent<Properties = IslandProps>>(root: Element, island: Island, lang: Lang) {
    let clock = window().performance();
    let started = clock.as_ref().map_or(0.0, |p| p.now());
    yew::Renderer::<R>::with_root_and_props(root.clone(), IslandProps { island, lang }).hydrate();
    // `hydrate()` only queues the work: Yew's scheduler renders in a task
    // spawned on the same local queue, which runs ours after it.
    wasm_bindgen_futures::spawn_local(async move {
        let took = clock.as_ref().map_or(0.0, |p| p.now()) - started;
        let _ = root.set_attribute("data-hydrated", &format!("{took:.1}"));
        check_ready();
    });
}
