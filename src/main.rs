//! The page's wasm module, Trunk's main app. Nothing on the first screen
//! needs it any more (static/boot.js makes the toolbar and the section bar
//! work), so it hydrates no island; `src/bin/later.rs` is the one for the
//! explorer and the charts, and is to become the main app (issue 23, item
//! 2). A native build of this binary has nothing to do; the page is written
//! by `src/bin/prerender.rs`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    xining_report::ui::start::<xining_report::ui::island::FirstIslands>(
        xining_report::ui::island::Part::First,
    );
}
