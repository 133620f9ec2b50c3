use xining_report::page_url::lang_of_path;
use xining_report::ui::{App, AppProps};

fn main() {
    let lang = lang_of_path(
        &gloo::utils::window()
            .location()
            .pathname()
            .unwrap_or_default(),
    );
    let props = AppProps { lang };
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has #app");
    // Built pages arrive prerendered (scripts/prerender.sh) and are hydrated;
    // an index.html that skipped that step still works, rendered from scratch.
    let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
    if root.child_element_count() > 0 {
        renderer.hydrate();
    } else {
        renderer.render();
    }
}
