//! Finishes the site Trunk has built (see `adversity_cycle::prerender`): reads and checks the
//! content file, then renders the pages from it. A mistake in the content stops the build with
//! a message naming the file, the line, the stage and the field, so a broken content file never
//! reaches users; helplines no person has checked in the last year are named in a warning, which
//! does not stop it. Both are worked out at every build. The local editions beside the content
//! file (`editions/<id>.toml` in its folder) are checked the same way, each rendered as a page
//! in a folder of its own (`<id>/`).
//!
//! Trunk runs it as a post-build hook (see Trunk.toml) with `TRUNK_STAGING_DIR` set; give a
//! folder as the argument to run it by hand. With `--republish <built site> <new folder>`, it
//! publishes a site already built again with the content file given by `--content` (what the
//! editor's Download the site does).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::PathBuf;
    use std::time::{SystemTime, UNIX_EPOCH};
    use std::{env, fs, process};

    use adversity_cycle::content::load::{date_from_days, load};
    use adversity_cycle::content::CONTENT_FILE;
    use adversity_cycle::prerender::{finish_site, read_editions, read_new_edition, republish, warn_unchecked, Build};
    use adversity_cycle::site::SiteContent;

    let fail = |message: String| -> ! {
        eprintln!("prerender: {message}");
        process::exit(1);
    };
    let mut args: Vec<String> = env::args().skip(1).collect();
    let content = match args.iter().position(|a| a == "--content") {
        Some(at) if at + 1 < args.len() => args.drain(at..at + 2).nth(1).expect("two were drained"),
        _ => CONTENT_FILE.to_string(),
    };
    let source = fs::read_to_string(&content).unwrap_or_else(|e| fail(format!("cannot read {content}: {e}")));
    let days = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400);
    let today = date_from_days(days as i64);
    let cycle = load(&content, &source, today).unwrap_or_else(|errors| {
        eprintln!("\nerror: the content file has mistakes, so the site was not built.\n\n{errors}");
        eprintln!("See docs/editing-content.md for what each field means.");
        process::exit(1);
    });
    let mut warn = |warning: String| eprintln!("warning: {warning}");
    warn_unchecked(&content, &cycle.support.services, today, &mut warn);
    // The local editions beside the content file, each a page of its own.
    let editions = read_editions(&PathBuf::from(&content), &cycle, today, warn).unwrap_or_else(|mistakes| {
        eprintln!("\nerror: a local edition has mistakes, so the site was not built.\n\n{mistakes}");
        eprintln!("See docs/editions.md for what each field means.");
        process::exit(1);
    });
    let new_edition = read_new_edition(&PathBuf::from(&content));
    let site = SiteContent { cycle: &cycle, source: &source, editions: &editions, new_edition: &new_edition };
    let done = match args.as_slice() {
        [flag, from, to] if flag == "--republish" => republish(&PathBuf::from(from), &PathBuf::from(to), site),
        _ => {
            let Some(folder) = args.first().cloned().or_else(|| env::var("TRUNK_STAGING_DIR").ok()) else {
                fail("usage: prerender [--content FILE] <folder Trunk built> | --republish <built site> <new folder>".into());
            };
            // Trunk says which profile it built.
            let build = if env::var("TRUNK_PROFILE").as_deref() == Ok("release") { Build::Release } else { Build::Development };
            finish_site(&PathBuf::from(folder), build, site)
        }
    };
    if let Err(message) = done {
        fail(message);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
