//! A progress bar on stderr, only when stderr is a terminal.

use std::sync::Arc;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tfguard::engine::Progress;

/// Shows "loading" and "evaluating N/M resources".
pub struct Bar(ProgressBar);

impl Bar {
    /// `None` when stderr is not a terminal: nothing extra in logs and pipes.
    pub fn new(stderr_terminal: bool) -> Option<Arc<Self>> {
        if !stderr_terminal {
            return None;
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        Some(Arc::new(Self(bar)))
    }

    pub fn loading(&self, what: &str) {
        self.0.set_style(ProgressStyle::default_spinner());
        self.0.set_message(format!("loading {what}"));
        self.0.tick();
    }

    pub fn finish(&self) {
        self.0.finish_and_clear();
    }
}

impl Progress for Bar {
    fn start(&self, plan: &str, total: usize) {
        self.0.set_length(total as u64);
        self.0.set_position(0);
        if let Ok(style) =
            ProgressStyle::with_template("{msg} {bar:30} {pos}/{len} resources ({elapsed})")
        {
            self.0.set_style(style);
        }
        self.0.set_message(format!("evaluating {plan}"));
    }

    fn advance(&self, count: usize) {
        self.0.inc(count as u64);
    }
}
