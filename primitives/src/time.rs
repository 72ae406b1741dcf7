//! Block times.

use super::{BlockNumber, Moment};

/// Target time between blocks. Aura slots have this length; it cannot change after genesis.
pub const MILLISECS_PER_BLOCK: Moment = 6000;
/// Aura's slot duration.
pub const SLOT_DURATION: Moment = MILLISECS_PER_BLOCK;
/// Blocks per minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;
