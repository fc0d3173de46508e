//! The widget's entry point: the panic hook and the mount, nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        // A panic's message in the console (the page would only say "unreachable"). Written here:
        // console_error_panic_hook also records a JavaScript stack, for 0.8 KiB more of the first load.
        std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
        waymark::ui::mount();
    }
}
