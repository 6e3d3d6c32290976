//! The browser entry point: hydrates the prerendered page (or renders from scratch if the page
//! was not prerendered).

#[cfg(target_arch = "wasm32")]
fn main() {
    use adversity_cycle::{browser, outline, view::{App, AppProps}};
    browser::install_panic_hook();
    let Some(root) = gloo::utils::document().get_element_by_id("app") else {
        web_sys::console::error_1(&"The page has no element with id \"app\" to start in.".into());
        return;
    };
    let prerendered = root.first_element_child().is_some();
    let renderer = yew::Renderer::<App>::with_root_and_props(root, AppProps { outline: outline() });
    if prerendered {
        renderer.hydrate();
    } else {
        renderer.render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the browser app: build it with `trunk build` (see README.md).");
}
