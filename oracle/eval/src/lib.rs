//! The reference oracle operator's evaluation (`atelier-oracle`, `docs/oracle.md`): the round's
//! evaluation set, the inference contract's calls, the quality metric and a minimal HTTP client.
//! It has no runtime in its dependencies, so its tests build without one.

pub mod eval;
pub mod http;
