//! The browser's entry for the islands further down the page: the tourism
//! explorer and the charts. Trunk builds it as its "worker" kind (one main
//! app per page is all it allows), a classic script that `static/boot.js`
//! loads on the main thread when one of these islands comes near the
//! screen, so a first visit does not download their code.

fn main() {
    #[cfg(target_arch = "wasm32")]
    xining_report::ui::start::<xining_report::ui::island::LaterIslands>(
        xining_report::ui::island::Part::Later,
    );
}
