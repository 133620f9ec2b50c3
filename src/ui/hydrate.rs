//! Brings the islands to life where the reader is, one task each (a
//! zero-delay timeout between them, so the browser paints and handles input
//! in between) and never all in one long task. An island hydrates when it
//! comes within a screen's height of the viewport (an IntersectionObserver
//! on its first element: the roots are `display: contents`); the rest stay
//! prerendered HTML until the reader scrolls near them, so a phone that
//! opens the page pays only for the toolbar and what is on its screen.
//! `<html>` gets `data-app-started` when the wasm runs and `data-app-ready`
//! once every island answers to input. Each root gets `data-hydrated`: the
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

use super::fingerprint::{FINGERPRINT_ATTR, Fingerprint};
use super::island::{ATTR, Island, IslandProps, IslandRoot};

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
    /// Near the screen, in the order they came near.
    due: VecDeque<(Element, Island)>,
    /// Not hydrated yet, due or not.
    left: usize,
    /// Whether an island was left unhydrated: the page is then never ready.
    skipped: bool,
    scheduled: bool,
}

type Shared = Rc<RefCell<Queue>>;

pub fn start() {
    let mut islands = Vec::new();
    if let Ok(roots) = document().query_selector_all(&format!("[{ATTR}]")) {
        for i in 0..roots.length() {
            let Some(root) = roots.get(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            if let Some(island) = root.get_attribute(ATTR).and_then(|k| Island::parse(&k)) {
                islands.push((root, island));
            }
        }
    }
    set_flag("data-app-started");
    if islands.is_empty() {
        set_flag("data-app-ready");
    }
    let queue: Shared = Rc::new(RefCell::new(Queue {
        lang: page_lang(),
        due: VecDeque::new(),
        left: islands.len(),
        skipped: false,
        scheduled: false,
    }));
    // Without an observer (or a box to observe) an island is due at once.
    let unwatched = watch_viewport(&queue, islands);
    queue.borrow_mut().due.extend(unwatched);
    schedule(&queue);
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
        let (item, lang) = {
            let mut q = next.borrow_mut();
            q.scheduled = false;
            (q.due.pop_front(), q.lang)
        };
        if let Some((root, island)) = item {
            let unchanged = unchanged(&root);
            if unchanged {
                hydrate(root, island, lang);
            } else {
                let _ = root.set_attribute("data-hydration-skipped", "");
            }
            let mut q = next.borrow_mut();
            q.left -= 1;
            q.skipped |= !unchanged;
            if q.left == 0 && !q.skipped {
                set_flag("data-app-ready");
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

fn hydrate(root: Element, island: Island, lang: Lang) {
    let clock = window().performance();
    let started = clock.as_ref().map_or(0.0, |p| p.now());
    yew::Renderer::<IslandRoot>::with_root_and_props(root.clone(), IslandProps { island, lang })
        .hydrate();
    // `hydrate()` only queues the work: Yew's scheduler renders in a task
    // spawned on the same local queue, which runs ours after it.
    wasm_bindgen_futures::spawn_local(async move {
        let took = clock.as_ref().map_or(0.0, |p| p.now()) - started;
        let _ = root.set_attribute("data-hydrated", &format!("{took:.1}"));
    });
}
