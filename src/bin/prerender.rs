//! Finishes the site Trunk has built (see `adversity_cycle::prerender`). Trunk runs this as a
//! post-build hook (see Trunk.toml) with `TRUNK_STAGING_DIR` set; give a folder as the argument
//! to run it by hand.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::PathBuf;
    use std::{env, process};

    use adversity_cycle::prerender::Build;

    let folder = env::args().nth(1).or_else(|| env::var("TRUNK_STAGING_DIR").ok()).map(PathBuf::from);
    let Some(folder) = folder else {
        eprintln!("usage: prerender <folder holding index.html> (or set TRUNK_STAGING_DIR)");
        process::exit(2);
    };
    // Trunk says which profile it built.
    let build = if env::var("TRUNK_PROFILE").as_deref() == Ok("release") { Build::Release } else { Build::Development };
    if let Err(message) = adversity_cycle::prerender::finish_site(&folder, adversity_cycle::cycle(), adversity_cycle::outline(), build) {
        eprintln!("prerender: {message}");
        process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
