//! Brings the islands to life, one task each (a zero-delay timeout
//! between them, so the browser paints and handles input in between) and
//! never all in one long task: islands on or near the screen first (an
//! IntersectionObserver moves them to the front of the queue), the rest
//! after them. Each root gets `data-hydrated`; `<html>` gets
//! `data-app-ready` when every island answers to input. The time written
//! on a root runs from the `hydrate()` call to the end of the render Yew's
//! scheduler then runs in a microtask of the same task.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use gloo::utils::{document, window};
use report_data::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

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
    waiting: VecDeque<(Element, Island)>,
    scheduled: bool,
}

type Shared = Rc<RefCell<Queue>>;

pub fn start() {
    let lang = page_lang();
    let mut waiting = VecDeque::new();
    if let Ok(roots) = document().query_selector_all(&format!("[{ATTR}]")) {
        for i in 0..roots.length() {
            let Some(root) = roots.get(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            if let Some(island) = root.get_attribute(ATTR).and_then(|k| Island::parse(&k)) {
                waiting.push_back((root, island));
            }
        }
    }
    let queue: Shared = Rc::new(RefCell::new(Queue {
        lang,
        waiting,
        scheduled: false,
    }));
    watch_viewport(&queue);
    schedule(&queue);
}

/// Islands that come within 200 px of the screen move to the front.
fn watch_viewport(queue: &Shared) {
    let observed = queue.clone();
    let on_change = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            for entry in entries.iter() {
                let entry: IntersectionObserverEntry = entry.unchecked_into();
                if !entry.is_intersecting() {
                    continue;
                }
                let target = entry.target();
                observer.unobserve(&target);
                let mut q = observed.borrow_mut();
                if let Some(at) = q.waiting.iter().position(|(el, _)| *el == target) {
                    let item = q.waiting.remove(at).expect("position is in range");
                    q.waiting.push_front(item);
                }
            }
        },
    );
    let options = IntersectionObserverInit::new();
    options.set_root_margin("200px");
    if let Ok(observer) =
        IntersectionObserver::new_with_options(on_change.as_ref().unchecked_ref(), &options)
    {
        for (root, _) in &queue.borrow().waiting {
            observer.observe(root);
        }
    }
    // The observer lives as long as the page.
    on_change.forget();
}

/// One island per task: after each, the browser paints and handles input
/// before the next begins.
fn schedule(queue: &Shared) {
    if std::mem::replace(&mut queue.borrow_mut().scheduled, true) {
        return;
    }
    let next = queue.clone();
    let run = Closure::once_into_js(move || {
        next.borrow_mut().scheduled = false;
        let (item, lang) = {
            let mut q = next.borrow_mut();
            (q.waiting.pop_front(), q.lang)
        };
        match item {
            Some((root, island)) => {
                hydrate(root, island, lang);
                schedule(&next);
            }
            None => {
                if let Some(html) = document().document_element() {
                    let _ = html.set_attribute("data-app-ready", "");
                }
            }
        }
    });
    let _ = window().set_timeout_with_callback(run.unchecked_ref());
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
