//! The browser's entry for the island on the first screen (the toolbar);
//! `src/bin/later.rs` is the one for the rest. A native
//! build of this binary has nothing to do; the page is written by
//! `src/bin/prerender.rs`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    xining_report::ui::start::<xining_report::ui::island::FirstIslands>(
        xining_report::ui::island::Part::First,
    );
}
