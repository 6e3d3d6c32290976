//! Prerenders the release build: writes the app's first render into the `index.html` Trunk
//! has just built, so the page reads in full before, or without, WebAssembly. Trunk runs this
//! as a post-build hook (see Trunk.toml) with `TRUNK_STAGING_DIR` set; give a folder as the
//! argument to run it by hand.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::PathBuf;
    use std::{env, fs, process};

    let folder = env::args().nth(1).or_else(|| env::var("TRUNK_STAGING_DIR").ok()).map(PathBuf::from);
    let Some(folder) = folder else {
        eprintln!("usage: prerender <folder holding index.html> (or set TRUNK_STAGING_DIR)");
        process::exit(2);
    };
    let index = folder.join("index.html");
    let result = fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))
        .and_then(|page| adversity_cycle::prerender::prerender_page(&page, adversity_cycle::cycle(), adversity_cycle::outline()))
        .and_then(|page| fs::write(&index, page).map_err(|e| format!("cannot write {}: {e}", index.display())));
    if let Err(message) = result {
        eprintln!("prerender: {message}");
        process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
