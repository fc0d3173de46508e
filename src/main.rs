//! The widget's entry point: the panic hook and the mount, nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        console_error_panic_hook::set_once();
        waymark::ui::mount();
    }
}
