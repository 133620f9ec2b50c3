fn main() {
    yew::Renderer::<xining_report::ui::App>::new().render();
}
