//! The treasury reserve on the real runtime: the genesis pool, fee inflows, the budget paid
//! every period, conversions and buy-backs driven by real compute demand and real swaps, the
//! price guard against a one-block spike, a dump before the period that the reserve does not sell
//! into, grants above the runway floor, and the parameter checks.

use crate::{
	common::*,
	reputation::{mint_output, register_worker, worker_key},
};
use atelier_runtime::{
	configs::{
		monetary::ReserveAccount,
		parameters::{dynamic_params::reserve, RuntimeParameters},
	},
	genesis_config_presets::{POOL_ATL, POOL_STABLE, RESERVE_STABLE},
	ComputeMarket, Governance, Reserve, RuntimeOrigin,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{Get, Hooks},
};
use pallet_compute_market::{receipt_signing_payload, HardwareClass, JobId, Receipt};
use pallet_reserve::{BuyBackPolicy, Event as ReserveEvent, SkipReason, Step};
use sp_core::{Pair, H256};
use sp_runtime::{FixedPointNumber, FixedU128, PerThing, Permill};

fn set_reserve(parameter: reserve::Parameters) {
	Governance::set_parameter(RuntimeOrigin::root(), RuntimeParameters::Reserve(parameter))
		.expect("a valid reserve parameter");
}

fn period(blocks: u32) {
	set_reserve(reserve::Parameters::Period(reserve::Period, Some(blocks)));
}

fn buy_back(policy: BuyBackPolicy) {
	set_reserve(reserve::Parameters::BuyBack(reserve::BuyBack, Some(policy)));
}

fn reserve_events() -> Vec<ReserveEvent<Runtime>> {
	pallet_reserve::testing::events::<Runtime>()
}

fn skipped(step: Step) -> Vec<SkipReason> {
	pallet_reserve::testing::skipped::<Runtime>(step)
}

/// Begins block `n`: the reserve's hook (price sample, period) and the compute market's
/// (assignment).
pub(crate) fn begin_block(n: u32) {
	System::set_block_number(n);
	System::reset_events();
	// A new block: nothing of the last one's weight counts against it.
	frame_system::BlockWeight::<Runtime>::kill();
	Reserve::on_initialize(n);
	ComputeMarket::on_initialize(n);
}

pub(crate) fn next_block() {
	begin_block(System::block_number() + 1);
}

fn stable_of(who: &AccountId) -> Balance {
	atelier_runtime::Assets::balance(stablecoin::ASSET_ID, who)
}

pub(crate) fn swap(who: Sr25519Keyring, sell_atl: bool, amount: Balance) {
	let native = Box::new(NativeOrWithId::Native);
	let usd = Box::new(NativeOrWithId::WithId(stablecoin::ASSET_ID));
	let path = if sell_atl { vec![native, usd] } else { vec![usd, native] };
	apply_ok(
		who,
		RuntimeCall::AssetConversion(pallet_asset_conversion::Call::swap_exact_tokens_for_tokens {
			path,
			amount_in: amount,
			amount_out_min: 1,
			send_to: account(who),
			keep_alive: true,
		}),
	);
}

/// Ferdie registers as a CPU worker (capacity 100 000 units) with a signing key; returns the
/// key.
pub(crate) fn worker() -> sp_core::sr25519::Pair {
	register_worker(Sr25519Keyring::Ferdie, HardwareClass::Cpu, 100_000);
	worker_key(Sr25519Keyring::Ferdie)
}

/// Bob buys `units` of compute on `model`; the next block assigns it to Ferdie, whose receipt
/// settles it.
pub(crate) fn job(model: pallet_provenance::ModelId, key: &sp_core::sr25519::Pair, units: u64) {
	job_for(Sr25519Keyring::Bob, model, key, units)
}

/// [`job`], requested by `requester`.
pub(crate) fn job_for(
	requester: Sr25519Keyring,
	model: pallet_provenance::ModelId,
	key: &sp_core::sr25519::Pair,
	units: u64,
) {
	let id = JobId(pallet_compute_market::NextJobId::<Runtime>::get());
	apply_ok(
		requester,
		RuntimeCall::ComputeMarket(pallet_compute_market::Call::submit_job {
			model,
			class: HardwareClass::Cpu,
			max_units: units,
			max_base_fee_per_unit: UNIT,
			tip_per_unit: 0,
			input_commitment: H256::repeat_byte(3),
			deadline: System::block_number() + 50,
			verification: pallet_compute_market::Verification::Required,
		}),
	);
	next_block();
	let receipt = Receipt { job: id, output_hash: H256::repeat_byte(4), units_used: units };
	let signature = key.sign(&receipt_signing_payload(&System::block_hash(0), &receipt));
	let xt = UncheckedExtrinsic::new_bare(RuntimeCall::ComputeMarket(
		pallet_compute_market::Call::submit_receipt { receipt, signature: signature.into() },
	));
	assert_eq!(Executive::apply_extrinsic(xt), Ok(Ok(())));
}

#[test]
fn genesis_gives_the_reserve_the_pool_and_a_stablecoin_reserve() {
	dev_ext().execute_with(|| {
		let status = Reserve::status();
		// All of the pool but the 100 LP units locked at its creation.
		let supply = status.lp_supply;
		assert_eq!(status.lp + 100, supply);
		assert_eq!(status.pol_atl, POOL_ATL * status.lp / supply);
		assert_eq!(status.pol_stable, POOL_STABLE * status.lp / supply);
		assert_eq!(status.stable, RESERVE_STABLE);
		let price = status.price.expect("block 1 sampled the pool");
		assert_eq!(price.spot, FixedU128::saturating_from_rational(1, 1_000_000u128));
		assert_eq!(status.period.index, 0);
		assert_eq!(status.next_period_at, atelier_primitives::time::DAYS);
	});
}

#[test]
fn compute_settlement_and_sales_in_atl_reach_the_reserve_and_its_velocity() {
	use pallet_royalties::PaymentAsset;
	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		let key = worker();
		let reserve = || Balances::free_balance(ReserveAccount::get());
		let volume = || Reserve::status().period.volume;

		// A settled job: the reserve's tenth of the base fee arrives, less the twentieth that
		// pays checkers; the base fee is volume.
		let (before, volume_before) = (reserve(), volume());
		job(model, &key, 1_000);
		let base = 1_000 * <Runtime as pallet_compute_market::Config>::MinBaseFee::get();
		assert_eq!(reserve(), before + base / 20);
		assert_eq!(volume(), volume_before + base);

		// A sale in ATL: the reserve's share of the royalties arrives, the price is volume.
		let mint = || mint_output(Sr25519Keyring::Eve, model);
		let sell = |output, asset, price| {
			apply_ok(
				Sr25519Keyring::Eve,
				RuntimeCall::Royalties(pallet_royalties::Call::list { output, asset, price }),
			);
			apply_ok(
				Sr25519Keyring::Bob,
				RuntimeCall::Royalties(pallet_royalties::Call::buy {
					output,
					listing: pallet_royalties::Listings::<Runtime>::get(output).unwrap().id,
					asset,
					max_price: price,
				}),
			);
		};
		let output = mint();
		let price = 1_000 * UNIT;
		let split = atelier_runtime::Royalties::split(&output, price).unwrap();
		let (before, volume_before) = (reserve(), volume());
		sell(output, PaymentAsset::Native, price);
		assert_eq!(reserve(), before + split.reserve);
		assert_eq!(volume(), volume_before + price);

		// A sale in aUSD: its reserve share arrives in aUSD; no ATL changed hands.
		let output = mint();
		let price = 1_000 * stablecoin::DOLLAR;
		let split = atelier_runtime::Royalties::split(&output, price).unwrap();
		let (usd_before, volume_before) = (stable_of(&ReserveAccount::get()), volume());
		sell(output, PaymentAsset::Asset(stablecoin::ASSET_ID), price);
		assert_eq!(stable_of(&ReserveAccount::get()), usd_before + split.reserve);
		assert_eq!(volume(), volume_before);
		// Slashes and rejected deposits reach the same account: see the attestation and
		// compute runtime tests (`…_bond_goes_to_the_reserve`, `…lapses_to_the_reserve`).
	});
}

/// Twelve one-hour periods. Demand comes and goes: in busy periods Bob buys compute (a tenth of
/// each base fee reaches the reserve) and buys ATL in the pool; in quiet ones nobody buys
/// compute and Eve sells ATL block after block. The infrastructure (Dave, 2 400 aUSD a day: 100
/// aUSD an hour) is paid in full every period; the reserve converts its inflow when the market is busy and
/// buys back (and burns) when it is quiet and the price sits under its average, never below its
/// floor. With `RESERVE_SCENARIO_CSV=path` it writes the series `docs/figures/` plots.
#[test]
fn a_multi_period_scenario_pays_the_infrastructure_every_period() {
	dev_ext().execute_with(|| {
		const PERIOD: u32 = atelier_primitives::time::HOURS;
		let dave = account(Sr25519Keyring::Dave);
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		let key = worker();
		// Compute at 0.1 ATL a unit at least: a 100 000-unit job pays 10 000 ATL.
		crate::reputation::dear_compute();
		period(PERIOD);
		// Quiet means less than 10 000 ATL of volume an hour (velocity is a rate a day).
		let circulating = Reserve::circulating();
		let mut policy = reserve::BuyBack::get();
		policy.velocity_below = Perbill::from_rational(24 * 10_000 * UNIT, circulating);
		policy.runway_days = 7;
		buy_back(policy);
		assert_ok!(Reserve::set_budget_line(
			RuntimeOrigin::root(),
			dave.clone(),
			2_400 * stablecoin::DOLLAR,
		));
		// The hour starts now.
		begin_block(System::block_number() + 1);
		let first = pallet_reserve::CurrentPeriod::<Runtime>::get();
		begin_block(first.started_at + PERIOD);

		let busy = [true, true, true, false, false, false, false, true, true, false, false, false];
		let mut csv = String::from("block,spot,average,stable,pol,atl,event\n");
		let (mut conversions, mut buybacks) = (0, 0);
		let dave_before = stable_of(&dave);
		let issuance_before = Balances::total_issuance();
		let mut burned = 0;
		for (p, &is_busy) in busy.iter().enumerate() {
			let start = System::block_number();
			let mut jobs = 0;
			while System::block_number() < start + PERIOD - 1 {
				let n = System::block_number();
				if is_busy {
					// Four jobs a busy hour, and Bob buys 2 000 aUSD of ATL every 10 blocks.
					if jobs < 4 && n.is_multiple_of(100) {
						job(model, &key, 100_000);
						jobs += 1;
						continue;
					}
					if n.is_multiple_of(10) {
						swap(Sr25519Keyring::Bob, false, 2_000 * stablecoin::DOLLAR);
					}
				} else if n.is_multiple_of(10) {
					// Eve sells 800 ATL every 10 blocks.
					swap(Sr25519Keyring::Eve, true, 800 * UNIT);
				}
				if n.is_multiple_of(30) {
					let s = Reserve::status();
					let price = s.price.unwrap();
					let avg = price.average;
					csv.push_str(&format!(
						"{n},{},{},{},{},{},\n",
						price_per_atl(price.spot),
						price_per_atl(avg),
						s.stable / stablecoin::DOLLAR,
						(s.pol_stable + avg.saturating_mul_int(s.pol_atl)) / stablecoin::DOLLAR,
						avg.saturating_mul_int(s.atl) / stablecoin::DOLLAR,
					));
				}
				next_block();
			}
			// The period's last block ends it.
			next_block();
			let events = reserve_events();
			let index = p as u32 + 1;
			assert!(
				events.iter().any(|e| matches!(e,
					ReserveEvent::BudgetPaid { paid, shortfall: 0, .. } if *paid == 100 * stablecoin::DOLLAR)),
				"period {index}: the budget was paid in full: {events:?}"
			);
			let mut label = "none";
			for e in &events {
				match e {
					ReserveEvent::Converted { .. } => {
						conversions += 1;
						label = "converted";
					},
					ReserveEvent::BoughtBack { atl_bought, .. } => {
						buybacks += 1;
						burned += atl_bought;
						label = "bought back";
						assert!(!is_busy, "period {index}: no buy-back while velocity is high");
					},
					_ => {},
				}
			}
			if is_busy {
				assert!(
					skipped(Step::BuyBack).contains(&SkipReason::VelocityHigh),
					"period {index}"
				);
			}
			let s = Reserve::status();
			assert!(s.stable >= s.floor, "period {index}: above the runway floor");
			csv.push_str(&format!("{},,,,,,{label}\n", System::block_number()));
		}
		assert_eq!(stable_of(&dave), dave_before + 12 * 100 * stablecoin::DOLLAR);
		assert!(conversions >= 3, "busy hours convert the inflow: {conversions}");
		assert!(buybacks >= 2, "quiet hours with a falling price buy back: {buybacks}");
		// Everything bought back was burned (the default destination); compute burned its share
		// too, so issuance fell by at least the buy-backs.
		assert!(Balances::total_issuance() <= issuance_before - burned);
		assert_eq!(pallet_reserve::RunningTotals::<Runtime>::get().burned_atl, burned);
		if let Ok(path) = std::env::var("RESERVE_SCENARIO_CSV") {
			std::fs::write(path, csv).expect("the CSV is written");
		}
	});
}

/// aUSD per ATL, as `reserve_status` shows it (the pool price is aUSD's smallest units per ATL's: 10^6 / 10^12).
fn price_per_atl(p: FixedU128) -> String {
	let per_atl = p.into_inner() as f64 / 1e12;
	format!("{per_atl:.6}")
}

#[test]
fn a_price_spike_inside_one_block_triggers_no_reserve_swap() {
	dev_ext().execute_with(|| {
		period(atelier_primitives::time::HOURS);
		// Fee shares arrive: 50 000 ATL to convert.
		apply_ok(
			Sr25519Keyring::Alice,
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: ReserveAccount::get().into(),
				value: 50_000 * UNIT,
			}),
		);
		let end = pallet_reserve::CurrentPeriod::<Runtime>::get().started_at
			+ atelier_primitives::time::HOURS;
		while System::block_number() < end - 1 {
			next_block();
		}
		// In the block before the period, Eve dumps 400 000 ATL (the price falls about half).
		swap(Sr25519Keyring::Eve, true, 400_000 * UNIT);
		let before =
			(Balances::free_balance(ReserveAccount::get()), stable_of(&ReserveAccount::get()));
		next_block();
		assert_eq!(skipped(Step::Conversion), vec![SkipReason::Guard]);
		assert_eq!(skipped(Step::BuyBack), vec![SkipReason::Guard]);
		assert_eq!(
			(Balances::free_balance(ReserveAccount::get()), stable_of(&ReserveAccount::get())),
			before,
			"the reserve did not trade"
		);
		let price = Reserve::status().price.unwrap();
		assert!(
			!pallet_reserve::features::price::within_band(
				price.spot,
				price.average,
				Permill::from_percent(10)
			),
			"the spike is outside the band; the average barely moved"
		);
	});
}

/// A dump in the block before the period, short of the buy-back discount and inside the band,
/// with the runtime's parameters: the reserve does not sell its inflow into it (the pool
/// refuses a sale under the average less the slippage), and converts it a period later.
#[test]
fn a_dump_short_of_the_discount_does_not_make_the_reserve_sell_into_it() {
	dev_ext().execute_with(|| {
		use pallet_reserve::features::price::{below_by, within_band};
		const PERIOD: u32 = atelier_primitives::time::HOURS;
		period(PERIOD);
		let reserve = ReserveAccount::get();
		apply_ok(
			Sr25519Keyring::Alice,
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: reserve.clone().into(),
				value: 50_000 * UNIT,
			}),
		);
		let end = pallet_reserve::CurrentPeriod::<Runtime>::get().started_at + PERIOD;
		while System::block_number() < end - 1 {
			next_block();
		}
		// Eve sells 10 000 ATL: about 2% off the price, inside the 10% band and short of the 3%
		// discount.
		let average = Reserve::status().price.unwrap().average;
		swap(Sr25519Keyring::Eve, true, 10_000 * UNIT);
		let spot = Reserve::spot_price().unwrap();
		let (guard, policy) = (reserve::Guard::get(), reserve::BuyBack::get());
		assert!(
			within_band(spot, average, guard.band) && !below_by(spot, average, policy.discount)
		);
		assert!(below_by(spot, average, Permill::from_percent(1)));
		let before = (Balances::free_balance(&reserve), stable_of(&reserve));
		next_block();
		assert_eq!(skipped(Step::Conversion), vec![SkipReason::Slippage]);
		assert_eq!((Balances::free_balance(&reserve), stable_of(&reserve)), before);

		// Eve buys back; a period later the carried inflow is converted, at no less than the
		// average less the slippage.
		swap(Sr25519Keyring::Eve, false, 9_000 * stablecoin::DOLLAR);
		while System::block_number() < end + PERIOD {
			next_block();
		}
		let events = reserve_events();
		assert!(
			events.iter().any(|e| matches!(e,
				ReserveEvent::PeriodClosed { inflow, .. } if *inflow == 50_000 * UNIT)),
			"{events:?}"
		);
		let (sold, received, average) = events
			.iter()
			.find_map(|e| match e {
				ReserveEvent::Converted { atl_sold, stable_received, average, .. } => {
					Some((*atl_sold, *stable_received, *average))
				},
				_ => None,
			})
			.expect("the carried inflow was converted");
		assert!(
			received
				>= guard.max_slippage.left_from_one().mul_floor(average.saturating_mul_int(sold))
		);
	});
}

#[test]
fn grants_are_paid_from_the_reserve_but_never_below_the_runway_floor() {
	dev_ext().execute_with(|| {
		let ferdie = account(Sr25519Keyring::Ferdie);
		// 3 000 aUSD a day with a runway of 150 days: a floor of 450 000 of the reserve's
		// 500 000 aUSD.
		let mut policy = reserve::BuyBack::get();
		policy.runway_days = 150;
		buy_back(policy);
		assert_ok!(Reserve::set_budget_line(
			RuntimeOrigin::root(),
			ferdie.clone(),
			3_000 * stablecoin::DOLLAR,
		));
		assert_eq!(Reserve::runway_floor(), 450_000 * stablecoin::DOLLAR);
		let spend = |amount| {
			atelier_runtime::Treasury::spend(
				RuntimeOrigin::root(),
				Box::new(NativeOrWithId::WithId(stablecoin::ASSET_ID)),
				amount,
				Box::new(ferdie.clone()),
				None,
			)
		};
		let before = stable_of(&ferdie);
		assert_ok!(spend(50_001 * stablecoin::DOLLAR));
		let index = pallet_treasury::SpendCount::<Runtime>::get() - 1;
		assert!(atelier_runtime::Treasury::payout(RuntimeOrigin::signed(ferdie.clone()), index)
			.is_err());
		assert_eq!(stable_of(&ferdie), before);
		assert_ok!(spend(40_000 * stablecoin::DOLLAR));
		assert_ok!(atelier_runtime::Treasury::payout(
			RuntimeOrigin::signed(ferdie.clone()),
			index + 1,
		));
		assert_eq!(stable_of(&ferdie), before + 40_000 * stablecoin::DOLLAR);
		assert!(stable_of(&ReserveAccount::get()) >= Reserve::runway_floor());
	});
}

#[test]
fn reserve_parameters_are_checked_and_the_budget_is_root_or_the_treasury_tracks() {
	dev_ext().execute_with(|| {
		let set =
			|p| Governance::set_parameter(RuntimeOrigin::root(), RuntimeParameters::Reserve(p));
		let inconsistent = Err(pallet_governance::Error::<Runtime>::ParametersInconsistent.into());
		let out_of_range = Err(pallet_governance::Error::<Runtime>::ParameterOutOfRange.into());
		let mut targets = reserve::Targets::get();
		targets.atl = Permill::from_percent(25);
		assert_eq!(
			set(reserve::Parameters::Targets(reserve::Targets, Some(targets))),
			inconsistent
		);
		let mut guard = reserve::Guard::get();
		guard.band = Permill::from_percent(2);
		assert_eq!(set(reserve::Parameters::Guard(reserve::Guard, Some(guard))), inconsistent);
		let mut policy = reserve::BuyBack::get();
		policy.runway_days = 6;
		assert_eq!(set(reserve::Parameters::BuyBack(reserve::BuyBack, Some(policy))), out_of_range);
		assert_eq!(set(reserve::Parameters::Period(reserve::Period, Some(9))), out_of_range);

		let dave = account(Sr25519Keyring::Dave);
		assert!(Reserve::set_budget_line(
			RuntimeOrigin::signed(dave.clone()),
			dave.clone(),
			stablecoin::DOLLAR
		)
		.is_err());
		// The treasury track (the easiest to pass) sets no budget line: a line is a recurring
		// spend, the economic track's or Root's.
		let treasurer: RuntimeOrigin = pallet_governance::Origin::Treasurer.into();
		assert_noop!(
			Reserve::set_budget_line(treasurer, dave.clone(), stablecoin::DOLLAR),
			DispatchError::BadOrigin
		);
		let economic: RuntimeOrigin = pallet_governance::Origin::EconomicParameters.into();
		assert_ok!(Reserve::set_budget_line(economic.clone(), dave.clone(), stablecoin::DOLLAR));
	});
}

/// Attack (issue 25, 3 and 4): a budget line as a way around the treasury's spend limit, and a
/// short period that multiplies every amount a period pays. A million-aUSD line is refused to
/// every origin; the largest line allowed pays, over a month, at most one treasury spend; and
/// periods of 10 blocks pay a line its daily rate over the blocks they last, not a day's
/// amount each.
#[test]
fn no_track_drains_the_stablecoin_through_a_budget_line_or_a_short_period() {
	dev_ext().execute_with(|| {
		use atelier_runtime::configs::{governance::MaxTreasurySpend, reserve::MaxBudgetPerDay};
		let dave = account(Sr25519Keyring::Dave);
		let economic: RuntimeOrigin = pallet_governance::Origin::EconomicParameters.into();
		for origin in [RuntimeOrigin::root(), economic.clone()] {
			assert_noop!(
				Reserve::set_budget_line(origin, dave.clone(), 1_000_000 * stablecoin::DOLLAR),
				pallet_reserve::Error::<Runtime>::OverSpendLimit
			);
		}
		let max = MaxBudgetPerDay::get();
		assert!(30 * max * (UNIT / stablecoin::DOLLAR) <= MaxTreasurySpend::get());
		assert_ok!(Reserve::set_budget_line(economic.clone(), dave.clone(), max));
		// A second line cannot add to it.
		assert_noop!(
			Reserve::set_budget_line(economic, account(Sr25519Keyring::Eve), stablecoin::DOLLAR),
			pallet_reserve::Error::<Runtime>::OverSpendLimit
		);

		// The economic track shortens the period to its least, 10 blocks.
		assert_ok!(Governance::set_parameter(
			RuntimeOrigin::root(),
			RuntimeParameters::Reserve(reserve::Parameters::Period(reserve::Period, Some(10)))
		));
		begin_block(System::block_number() + 1);
		let start = pallet_reserve::CurrentPeriod::<Runtime>::get().started_at;
		begin_block(start + 10);
		let dave_before = stable_of(&dave);
		let floor = Reserve::runway_floor();
		// A tenth of a day of 10-block periods (144 of them) pays a tenth of the daily rate
		// (each period rounds down to the unit).
		let tenth = atelier_primitives::time::DAYS / 10;
		while System::block_number() < start + 10 + tenth {
			next_block();
		}
		let paid = stable_of(&dave) - dave_before;
		assert!(paid <= max / 10 && paid + 144 >= max / 10, "paid {paid}, the rate is {max} a day");
		// The runway floor is 90 days of budget, not 90 periods of 10 blocks.
		assert_eq!(floor, 90 * max);
	});
}
