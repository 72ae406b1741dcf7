//! The oracle layer's method: `oracle_metrics`, what the reserve's steering reads and what it
//! produced. The chain's own metrics so far this period with their averages, demand per style,
//! the operators' feeds with their freshness, the reserve's targets and buy-back discount in
//! force, the policy's own, who moves them, the last period's steering with its inputs, and the
//! grants line (the period's most demanded models, and what the last period's line paid).
//!
//! Amounts are decimal strings in ATL's smallest unit; shares are percentages as decimal
//! strings; prices are decimal strings in aUSD per ATL.

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
pub use pallet_oracle_operators_runtime_api::OracleApi as OracleRuntimeApi;
use pallet_oracle_operators_runtime_api::{
	BlockNumber, FeedKey, OracleApi as RuntimeApi, OracleMetrics, GRANTS_API,
};
use pallet_reserve::{GrantsReport, Signal, Steered, SteeringMode, SteeringReport, StyleDemand};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use crate::{
	reserve::{percent_perbill, percent_permill, price_string, AllocationResponse},
	runtime_error, Atelier,
};

/// Targets, a buy-back discount and a grants share, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SteeredResponse {
	/// The allocation the conversion steers towards.
	pub targets: AllocationResponse,
	/// The buy-back discount, in percent.
	pub discount: String,
	/// The grants line's share of an earning model's quality-weighted demand paid away, in
	/// percent.
	pub grants: String,
}

impl From<Steered> for SteeredResponse {
	fn from(s: Steered) -> Self {
		Self {
			targets: s.targets.into(),
			discount: percent_permill(s.discount),
			grants: percent_permill(s.grants),
		}
	}
}

/// A model among the period's most demanded, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct LeaderResponse {
	/// The model.
	pub model: u32,
	/// Its demand paid away this period, in ATL's smallest unit.
	pub paid_away: String,
}

/// What a period's grants line paid, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct GrantsResponse {
	/// The period that closed.
	pub period: u32,
	/// Its last block.
	pub at: BlockNumber,
	/// The share in force over it, in percent.
	pub share: String,
	/// What the line came to.
	pub line: String,
	/// What it paid (the line, scaled to the period's ATL inflow if less).
	pub paid: String,
	/// Models paid.
	pub models: u32,
	/// The reserve's aUSD was below its runway floor: nothing was paid.
	pub below_floor: bool,
}

impl From<GrantsReport<BlockNumber>> for GrantsResponse {
	fn from(g: GrantsReport<BlockNumber>) -> Self {
		Self {
			period: g.period,
			at: g.at,
			share: percent_permill(g.share),
			line: g.line.to_string(),
			paid: g.paid.to_string(),
			models: g.models,
			below_floor: g.below_floor,
		}
	}
}

/// One style's demand, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct StyleResponse {
	/// Its id.
	pub id: u16,
	/// Its name (UTF-8, lossy).
	pub name: String,
	/// Compute units this period.
	pub units: String,
	/// Demand this period, in ATL's smallest unit.
	pub demand: String,
	/// Its average a period.
	pub average: String,
}

/// A feed, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct FeedResponse {
	/// `atlPrice`, or `modelQuality` with `model`.
	pub key: String,
	/// The model, for a quality feed.
	pub model: Option<u32>,
	/// The median (ATL's price in millionths of a dollar; a quality in parts per million).
	pub value: String,
	/// The round it closed.
	pub round: u32,
	/// The block it closed in.
	pub at: BlockNumber,
	/// Operators that revealed a value for it.
	pub reporters: u32,
	/// Within the stale bound: the reserve reads it.
	pub fresh: bool,
}

/// What a period's steering read and did, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SteeringResponse {
	/// The period that closed.
	pub period: u32,
	/// Its last block.
	pub at: BlockNumber,
	/// Its demand paid away (to the reserve and the burn): what the demand rule reads.
	pub paid_away: String,
	/// Its average before it.
	pub paid_away_average: String,
	/// Its demand.
	pub demand: String,
	/// Its active accounts.
	pub engaged: u32,
	/// Their average before it.
	pub engaged_average: u32,
	/// Its velocity, in percent.
	pub velocity: String,
	/// How far the average price moved over it, in percent.
	pub drift: String,
	/// How far the operators' price was from the average, in percent (`null`: none fresh).
	pub external_gap: Option<String>,
	/// The demand rule's reading: `up`, `down`, `neutral` or `unknown` (no average yet).
	pub demand_signal: String,
	/// The price rule's reading.
	pub price_signal: String,
	/// The engagement-and-velocity rule's reading.
	pub slump_signal: String,
	/// The grants rule's reading (`down`: the reserve below its runway floor; `up`: active
	/// accounts low).
	pub grants_signal: String,
	/// The reserve's aUSD was below its runway floor at the close.
	pub below_floor: bool,
	/// `rules`, `frozen` or `fixed`.
	pub mode: String,
	/// The targets and discount from the next period on.
	pub steered: SteeredResponse,
}

/// The oracle layer, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct MetricsResponse {
	/// The reserve's current period.
	pub period: u32,
	/// The block the next begins (when the steering next runs).
	pub next_period_at: BlockNumber,
	/// Compute units settled this period.
	pub units: String,
	/// Demand this period: base fees of settled jobs and on-chain sales, in ATL.
	pub demand: String,
	/// Its average a period.
	pub demand_average: String,
	/// Of it, what was paid away (to the reserve, less the checkers' share, and the burn): what
	/// the demand rule reads.
	pub paid_away: String,
	/// Its average a period.
	pub paid_away_average: String,
	/// Distinct active accounts this period (requesters, buyers, sellers, voters, stakers).
	pub engaged: u32,
	/// Their average a period.
	pub engaged_average: u32,
	/// Periods the averages hold.
	pub periods_averaged: u32,
	/// Velocity so far this period, in percent.
	pub velocity: String,
	/// Demand per style.
	pub styles: Vec<StyleResponse>,
	/// The operators' current round (`null` before the first).
	pub round: Option<u32>,
	/// Rounds a feed stays fresh.
	pub stale_rounds: u32,
	/// The operators' feeds.
	pub feeds: Vec<FeedResponse>,
	/// The operators' price of ATL as the reserve reads it, in aUSD per ATL (`null`: none
	/// fresh).
	pub external_price: Option<String>,
	/// `rules`, `frozen` or `fixed`.
	pub mode: String,
	/// The targets and discount in force.
	pub steered: SteeredResponse,
	/// The policy's own, which the rules return towards.
	pub base: SteeredResponse,
	/// The last period's steering.
	pub last: Option<SteeringResponse>,
	/// The period's most demanded models so far, which the grants line pays at the close if
	/// they earn.
	pub leaders: Vec<LeaderResponse>,
	/// The last period's grants line.
	pub grants: Option<GrantsResponse>,
	/// ATL the grants line paid since it began.
	pub total_granted: String,
}

fn signal(s: Signal) -> String {
	match s {
		Signal::Up => "up",
		Signal::Down => "down",
		Signal::Neutral => "neutral",
		Signal::Unknown => "unknown",
	}
	.to_string()
}

fn mode(m: SteeringMode) -> String {
	match m {
		SteeringMode::Rules => "rules",
		SteeringMode::Frozen => "frozen",
		SteeringMode::Fixed { .. } => "fixed",
	}
	.to_string()
}

fn style(id: u16, name: Option<&Vec<u8>>, d: StyleDemand) -> StyleResponse {
	StyleResponse {
		id,
		name: name.map(|n| String::from_utf8_lossy(n).into_owned()).unwrap_or_default(),
		units: d.units.to_string(),
		demand: d.demand.to_string(),
		average: d.average.to_string(),
	}
}

fn steering(r: SteeringReport<BlockNumber>) -> SteeringResponse {
	SteeringResponse {
		period: r.period,
		at: r.at,
		paid_away: r.inputs.paid_away.to_string(),
		paid_away_average: r.inputs.paid_away_average.to_string(),
		demand: r.inputs.demand.to_string(),
		engaged: r.inputs.engaged,
		engaged_average: u32::try_from(r.inputs.engaged_average_milli.saturating_add(500) / 1_000)
			.unwrap_or(u32::MAX),
		velocity: percent_perbill(r.inputs.velocity),
		drift: percent_permill(r.inputs.drift),
		external_gap: r.inputs.external_gap.map(percent_permill),
		demand_signal: signal(r.signals.demand),
		price_signal: signal(r.signals.price),
		slump_signal: signal(r.signals.slump),
		grants_signal: signal(r.signals.grants),
		below_floor: r.inputs.below_floor,
		mode: mode(r.mode),
		steered: r.steered.into(),
	}
}

impl From<OracleMetrics> for MetricsResponse {
	fn from(m: OracleMetrics) -> Self {
		let names: std::collections::BTreeMap<u16, Vec<u8>> = m.style_names.into_iter().collect();
		let c = m.chain;
		Self {
			period: c.period,
			next_period_at: c.next_period_at,
			units: c.activity.units.to_string(),
			demand: c.activity.demand.to_string(),
			demand_average: c.averages.demand.to_string(),
			paid_away: c.activity.paid_away.to_string(),
			paid_away_average: c.averages.paid_away.to_string(),
			engaged: c.activity.engaged,
			engaged_average: c.averages.engaged(),
			periods_averaged: c.averages.periods,
			velocity: percent_perbill(c.velocity),
			styles: c.styles.into_iter().map(|(id, d)| style(id, names.get(&id), d)).collect(),
			round: m.round,
			stale_rounds: m.stale_rounds,
			feeds: m
				.feeds
				.into_iter()
				.map(|f| {
					let (key, model) = match f.key {
						FeedKey::AtlPrice => ("atlPrice", None),
						FeedKey::ModelQuality(model) => ("modelQuality", Some(model.0)),
					};
					FeedResponse {
						key: key.to_string(),
						model,
						value: f.feed.value.to_string(),
						round: f.feed.round,
						at: f.feed.at,
						reporters: f.feed.reporters,
						fresh: f.fresh,
					}
				})
				.collect(),
			external_price: c.external_price.map(price_string),
			mode: mode(c.mode),
			steered: c.steered.into(),
			base: c.base.into(),
			last: c.last.map(steering),
			leaders: c
				.leaders
				.into_iter()
				.map(|(model, paid_away)| LeaderResponse {
					model: model.0,
					paid_away: paid_away.to_string(),
				})
				.collect(),
			grants: c.last_grants.map(Into::into),
			total_granted: c.total_granted.to_string(),
		}
	}
}

/// The oracle layer's JSON-RPC method.
#[rpc(client, server)]
pub trait OracleApi<BlockHash> {
	/// The chain's metrics, the operators' feeds and the reserve targets they produced, at the
	/// best block or at `at`.
	#[method(name = "oracle_metrics")]
	fn metrics(&self, at: Option<BlockHash>) -> RpcResult<MetricsResponse>;
}

impl<C, Block, AccountId, Balance, BlockNumberT> OracleApiServer<<Block as BlockT>::Hash>
	for Atelier<C, (Block, AccountId, Balance, BlockNumberT)>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block>,
	AccountId: 'static,
	Balance: 'static,
	BlockNumberT: 'static,
{
	fn metrics(&self, at: Option<<Block as BlockT>::Hash>) -> RpcResult<MetricsResponse> {
		use sp_api::ApiExt;
		let at = self.at(at);
		let api = self.client.runtime_api();
		let version = api.api_version::<dyn RuntimeApi<Block>>(at).map_err(runtime_error)?;
		if version.unwrap_or(1) < GRANTS_API {
			return Err(runtime_error(format!(
				"the runtime's OracleApi is version {version:?}; this node reads version \
				 {GRANTS_API} (spec 123 and later): the runtime upgrade is pending"
			)));
		}
		let metrics = api.metrics(at).map_err(runtime_error)?;
		Ok(metrics.into())
	}
}
