//! The browser's entry: hydrate the islands of the prerendered page. A
//! native build of this binary has nothing to do; the page is written by
//! `src/bin/prerender.rs`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    xining_report::ui::start();
}
