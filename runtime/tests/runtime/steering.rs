//! The oracle layer's chain metrics and the reserve's steering on the real runtime: demand per
//! style and active accounts counted from real jobs, sales and stakes; a self-dealt job's cost
//! against the demand it adds; a flood of style tags; the operators' price read only while
//! fresh; governance's checks on the rules.

use crate::{
	common::*,
	reputation::{mint_output, sell},
	reserve::{begin_block, job, job_for, next_block, swap, worker},
};
use atelier_primitives::{models::ModelStyleList, oracle::FeedKey};
use atelier_runtime::{
	configs::parameters::{dynamic_params::reserve, RuntimeParameters},
	Governance, Provenance, Reserve, RuntimeOrigin,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::Inspect as _, Get},
};
use pallet_reserve::{SteeringMode, TargetRange};
use sp_runtime::{DispatchError, FixedPointNumber, Permill, Saturating as _};

fn add_styles(names: &[&str]) {
	for name in names {
		assert_ok!(Provenance::add_style(
			RuntimeOrigin::root(),
			name.as_bytes().to_vec().try_into().unwrap()
		));
	}
}

fn tag(owner: Sr25519Keyring, model: pallet_provenance::ModelId, styles: &[u16]) {
	apply_ok(
		owner,
		RuntimeCall::Provenance(pallet_provenance::Call::set_model_styles {
			model,
			styles: ModelStyleList::truncate_from(styles.to_vec()),
		}),
	);
}

#[test]
fn real_jobs_sales_and_stakes_count_demand_per_style_and_each_active_account_once() {
	dev_ext().execute_with(|| {
		add_styles(&["ukiyo-e", "brutalist", "vaporwave", "bauhaus"]);
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		// Four tags: the model's demand is split over them, not counted four times.
		tag(Sr25519Keyring::Charlie, model, &[0, 1, 2, 3]);
		let key = worker();
		let before = Reserve::metrics_status();

		job(model, &key, 1_000);
		let base = 1_000 * <Runtime as pallet_compute_market::Config>::MinBaseFee::get();
		let output = mint_output(Sr25519Keyring::Eve, model);
		let sale_away = atelier_runtime::Royalties::split(&output, 1_000 * UNIT).unwrap().reserve;
		sell(Sr25519Keyring::Eve, Sr25519Keyring::Bob, output, 1_000 * UNIT);
		apply_ok(
			Sr25519Keyring::Dave,
			RuntimeCall::Reputation(pallet_reputation::Call::stake { amount: 1_000 * UNIT }),
		);

		let after = Reserve::metrics_status();
		assert_eq!(after.activity.units - before.activity.units, 1_000);
		assert_eq!(after.activity.demand - before.activity.demand, base + 1_000 * UNIT);
		// Paid away: the job's reserve share (less the checkers') and burn, 10% of its base
		// fee, and the sale's reserve share.
		let paid_away = after.activity.paid_away - before.activity.paid_away;
		assert_eq!(paid_away, base * 10 / 100 + sale_away);
		// Bob (requester and buyer), Eve (seller) and Dave (staker): once each.
		assert_eq!(after.activity.engaged - before.activity.engaged, 3);
		let styles: Balance = after.styles.iter().map(|(_, d)| d.demand).sum();
		assert_eq!(styles, base + 1_000 * UNIT, "split over the four styles, not multiplied");
		assert!(after.styles.iter().all(|(_, d)| d.demand >= (base + 1_000 * UNIT) / 4));

		// The next period's close reads it: the first averages, nothing moves yet.
		let next = after.next_period_at;
		System::set_block_number(next);
		<Reserve as frame_support::traits::Hooks<u32>>::on_initialize(next);
		let closed = Reserve::metrics_status();
		assert_eq!(closed.averages.periods, 1);
		assert_eq!(closed.averages.demand, after.activity.demand);
		let last = closed.last.expect("the close steered");
		assert_eq!(last.inputs.engaged, after.activity.engaged);
		assert_eq!(last.steered, Reserve::base());
	});
}

/// A model's owner who serves its own jobs (requester, worker and owner one person) adds
/// demand, but the demand rule reads only what left every party's control: the reserve's
/// twentieth (its tenth less the checkers' twentieth, which may be paid on to the owner's own
/// checkers) and the burn's twentieth. The ring loses at least that much, so faked demand costs
/// what it adds (`docs/pallets/reserve.md#the-attackers-arithmetic`).
#[test]
fn self_dealt_demand_costs_a_fixed_share_of_what_it_adds() {
	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		let key = worker();
		let ring = [Sr25519Keyring::Bob, Sr25519Keyring::Ferdie, Sr25519Keyring::Charlie];
		let wealth =
			|| -> Balance { ring.iter().map(|w| Balances::total_balance(&account(*w))).sum() };
		let (before, away_before) = (wealth(), Reserve::metrics_status().activity.paid_away);
		job(model, &key, 10_000);
		// What the demand rule reads is what left the ring's control.
		let added = Reserve::metrics_status().activity.paid_away - away_before;
		let lost = before - wealth();
		use atelier_runtime::configs::parameters::{BurnShare, ReserveShare, VerificationShare};
		let protocol = ReserveShare::get()
			.saturating_sub(VerificationShare::get())
			.saturating_add(BurnShare::get());
		assert!(added > 0);
		assert!(lost >= added, "self-dealt demand of {added} cost only {lost}");
		// And it is the protocol's share of the base fees: demand itself counts it 1 : 1.
		let demand = Reserve::metrics_status().activity.demand;
		assert!(added >= protocol.mul_floor(demand) - 10, "{added} of {demand}");
	});
}

#[test]
fn the_reserve_reads_the_operators_price_only_while_it_is_fresh() {
	use atelier_runtime::configs::reserve::OperatorsAtlPrice;
	dev_ext().execute_with(|| {
		assert_eq!(OperatorsAtlPrice::get(), None);
		// 1.25 dollars an ATL, published in round 3.
		pallet_oracle_operators::Feeds::<Runtime>::insert(
			FeedKey::AtlPrice,
			pallet_oracle_operators::Feed { value: 1_250_000, round: 3, at: 1, reporters: 3 },
		);
		let round = |index| {
			let mut r = pallet_oracle_operators::CurrentRound::<Runtime>::get().unwrap_or(
				pallet_oracle_operators::Round {
					index: 0,
					commit_ends: 0,
					reveal_ends: 0,
					opened_at: 0,
				},
			);
			r.index = index;
			pallet_oracle_operators::CurrentRound::<Runtime>::put(r);
		};
		round(4);
		let price = OperatorsAtlPrice::get().expect("fresh");
		// aUSD units per ATL unit: 1.25 × 10^6 / 10^12.
		assert_eq!(
			price,
			pallet_reserve::Price::saturating_from_rational(125u128, 100_000_000u128)
		);
		let stale = atelier_runtime::configs::parameters::dynamic_params::oracle::Operators::get()
			.stale_rounds;
		round(3 + stale + 1);
		assert_eq!(OperatorsAtlPrice::get(), None, "a stale feed keeps nothing");
		pallet_oracle_operators::Feeds::<Runtime>::remove(FeedKey::AtlPrice);
	});
}

#[test]
fn governance_steers_within_checked_rules() {
	dev_ext().execute_with(|| {
		let set = |rules| {
			Governance::set_parameter(
				RuntimeOrigin::root(),
				RuntimeParameters::Reserve(reserve::Parameters::Steering(
					reserve::Steering,
					Some(rules),
				)),
			)
		};
		let rules = reserve::Steering::get();
		// A range that leaves out the reserve's own target, and a step of 20 points.
		assert!(set(pallet_reserve::SteeringPolicy {
			pol: TargetRange { min: Permill::from_percent(35), max: Permill::from_percent(45) },
			..rules
		})
		.is_err());
		assert!(set(pallet_reserve::SteeringPolicy { step: Permill::from_percent(20), ..rules })
			.is_err());
		assert_ok!(set(pallet_reserve::SteeringPolicy { step: Permill::from_percent(1), ..rules }));
		// Targets outside the rules' ranges are refused.
		assert!(Governance::set_parameter(
			RuntimeOrigin::root(),
			RuntimeParameters::Reserve(reserve::Parameters::Targets(
				reserve::Targets,
				Some(pallet_reserve::Allocation {
					stable: Permill::from_percent(90),
					pol: Permill::from_percent(5),
					atl: Permill::from_percent(5),
				})
			)),
		)
		.is_err());
		// No signed account freezes the rules; Root (and the economic track) does.
		assert_noop!(
			Reserve::set_steering(
				RuntimeOrigin::signed(account(Sr25519Keyring::Alice)),
				SteeringMode::Frozen
			),
			DispatchError::BadOrigin
		);
		assert_ok!(Reserve::set_steering(RuntimeOrigin::root(), SteeringMode::Frozen));
		assert_eq!(Reserve::metrics_status().mode, SteeringMode::Frozen);

		// A reset to a default is checked against the values as they are: with the band widened
		// to 30% and a discount of 20% fixed in force, restoring the default 10% band would put
		// the discount outside it (no buy-back could pass the guard), so it is refused and
		// nothing changes.
		let guard = |value| {
			Governance::set_parameter(
				RuntimeOrigin::root(),
				RuntimeParameters::Reserve(reserve::Parameters::Guard(reserve::Guard, value)),
			)
		};
		let wide =
			pallet_reserve::PriceGuard { band: Permill::from_percent(30), ..reserve::Guard::get() };
		assert_ok!(guard(Some(wide)));
		assert_ok!(Reserve::set_steering(
			RuntimeOrigin::root(),
			SteeringMode::Fixed {
				targets: reserve::Targets::get(),
				discount: Permill::from_percent(20),
				grants: Permill::from_percent(10),
			}
		));
		assert_noop!(guard(None), pallet_governance::Error::<Runtime>::ParametersInconsistent);
		assert_eq!(reserve::Guard::get(), wide);
		// With the discount back under the default band, the reset goes through.
		assert_ok!(Reserve::set_steering(RuntimeOrigin::root(), SteeringMode::Rules));
		assert_ok!(guard(None));
	});
}

/// Forty periods of 30 blocks on the real runtime (after twelve of warm-up): steady demand from five requesters, a demand
/// shock (four times the compute), steady again, an engagement slump (one requester buying what
/// five did), a price swing (Eve sells ATL into the pool block after block), and calm. The
/// targets, the buy-back discount and the grants share respond a step a period, inside their
/// ranges, and return; the model (scored 75% by the operators) earns its grant every period.
/// With `STEERING_SCENARIO_CSV=path` it writes the series `scripts/plot-steering.py` draws
/// (`docs/figures/steering-scenario.svg`).
#[test]
fn a_steering_scenario_with_a_demand_shock_an_engagement_slump_and_a_price_swing() {
	use pallet_reserve::{LastSteering, Signal};
	dev_ext().execute_with(|| {
		const PERIOD: u32 = 30;
		let set = |p| {
			Governance::set_parameter(RuntimeOrigin::root(), RuntimeParameters::Reserve(p))
				.expect("a valid reserve parameter")
		};
		set(reserve::Parameters::Period(reserve::Period, Some(PERIOD)));
		// An average over 30 blocks, so that a period's move shows in it; an idle token
		// below 5% a day (the test chain's volume is small against its supply).
		set(reserve::Parameters::Guard(
			reserve::Guard,
			Some(pallet_reserve::PriceGuard { average_blocks: 30, ..reserve::Guard::get() }),
		));
		set(reserve::Parameters::BuyBack(
			reserve::BuyBack,
			Some(pallet_reserve::BuyBackPolicy {
				velocity_below: Perbill::from_percent(5),
				..reserve::BuyBack::get()
			}),
		));
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		quality(model, 750_000);
		let key = worker();
		begin_block(System::block_number() + 1);
		let first = pallet_reserve::CurrentPeriod::<Runtime>::get();
		begin_block(first.started_at + PERIOD);

		let everyone = [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
			Sr25519Keyring::Eve,
		];
		let rules = reserve::Steering::get();
		let base = Reserve::base();
		let mut csv = String::from(
			"period,phase,stable,pol,atl,discount,grants,granted,paid_away,paid_away_average,engaged,engaged_average,drift,demand,price,slump,grants_signal\n",
		);
		// Twelve steady periods first, unrecorded: the averages start from the genesis period's
		// nothing, so the first demand reads as growth (as it should) until they catch up.
		for _ in 0..12 {
			let start = System::block_number();
			for who in everyone {
				job_for(who, model, &key, 2_000);
			}
			while System::block_number() < start + PERIOD {
				next_block();
			}
		}
		assert_eq!(Reserve::steered(), base, "the warm-up ends back at the policy's own");
		let mut was = Reserve::steered();
		let (mut top_pol, mut top_stable, mut low_discount, mut top_grants) =
			(base.targets.pol, base.targets.stable, base.discount, base.grants);
		let grants_range = reserve::Grants::get().range;
		for p in 0..40u32 {
			let (phase, requesters, units, dump) = match p {
				0..8 => ("steady", 5, 2_000, false),
				8..14 => ("demand shock", 5, 8_000, false),
				14..22 => ("steady", 5, 2_000, false),
				22..28 => ("engagement slump", 1, 10_000, false),
				28..32 => ("price swing", 5, 2_000, true),
				_ => ("calm", 5, 2_000, false),
			};
			let start = System::block_number();
			for who in everyone.iter().take(requesters) {
				job_for(*who, model, &key, units);
			}
			while System::block_number() < start + PERIOD - 1 {
				if dump && System::block_number().is_multiple_of(2) {
					swap(Sr25519Keyring::Eve, true, 10_000 * UNIT);
				}
				next_block();
			}
			// The period's last block closes it.
			let share = Reserve::steered().grants;
			let away = pallet_reserve::ModelDemands::<Runtime>::get(model).paid_away;
			next_block();
			let report = LastSteering::<Runtime>::get().expect("every period steers");
			let granted = pallet_reserve::LastGrants::<Runtime>::get().expect("a line a period");
			assert_eq!(granted.line, share.mul_floor(away) * 750_000 / 1_000_000, "period {p}");
			assert!(granted.paid > 0 && granted.paid <= granted.line, "period {p}: {granted:?}");
			let now = report.steered;
			let t = now.targets;
			// A step at most, inside the ranges, whole.
			for (a, b) in [
				(t.stable, was.targets.stable),
				(t.pol, was.targets.pol),
				(now.discount, was.discount),
				(now.grants, was.grants),
			] {
				assert!(a.max(b) - a.min(b) <= rules.step, "period {p}: {now:?} from {was:?}");
			}
			assert!(rules.stable.contains(t.stable) && rules.pol.contains(t.pol));
			assert!(rules.atl.contains(t.atl) && grants_range.contains(now.grants));
			assert_eq!(t.stable + t.pol + t.atl, Permill::one());
			top_pol = top_pol.max(t.pol);
			top_stable = top_stable.max(t.stable);
			low_discount = low_discount.min(now.discount);
			top_grants = top_grants.max(now.grants);
			match phase {
				"demand shock" if p == 8 => assert_eq!(report.signals.demand, Signal::Up),
				"engagement slump" if p == 22 => {
					assert_eq!(report.signals.slump, Signal::Up);
					assert_eq!(report.signals.grants, Signal::Up);
				},
				"price swing" if p == 29 => assert_eq!(report.signals.price, Signal::Up),
				_ => {},
			}
			let sig = |s: Signal| format!("{s:?}").to_lowercase();
			let i = report.inputs;
			csv.push_str(&format!(
				"{p},{phase},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
				t.stable.deconstruct(),
				t.pol.deconstruct(),
				t.atl.deconstruct(),
				now.discount.deconstruct(),
				now.grants.deconstruct(),
				granted.paid,
				i.paid_away,
				i.paid_away_average,
				i.engaged,
				i.engaged_average_milli,
				i.drift.deconstruct(),
				sig(report.signals.demand),
				sig(report.signals.price),
				sig(report.signals.slump),
				sig(report.signals.grants),
			));
			was = now;
		}
		// Each shock moved its target, and calm brought everything back.
		let three_steps = Permill::from_parts(rules.step.deconstruct() * 3);
		assert!(top_pol >= base.targets.pol + three_steps, "POL rose: {top_pol:?}");
		assert!(top_stable > base.targets.stable, "aUSD rose with the swing: {top_stable:?}");
		assert!(low_discount < base.discount, "buy-backs started sooner: {low_discount:?}");
		assert!(top_grants > base.grants, "grants rose in the slump: {top_grants:?}");
		assert_eq!(Reserve::steered(), base, "calm returns every target and the discount");
		if let Ok(path) = std::env::var("STEERING_SCENARIO_CSV") {
			std::fs::write(path, csv).expect("the CSV is written");
		}
	});
}

/// A fresh quality of `value` parts per million for `model`, as the last closed round of
/// operators would have published it.
fn quality(model: pallet_provenance::ModelId, value: u128) {
	let mut round = pallet_oracle_operators::CurrentRound::<Runtime>::get().unwrap_or(
		pallet_oracle_operators::Round {
			index: 0,
			commit_ends: u32::MAX - 1,
			reveal_ends: u32::MAX,
			opened_at: 0,
		},
	);
	// A feed is of a closed round.
	round.index = round.index.max(1);
	pallet_oracle_operators::CurrentRound::<Runtime>::put(round);
	pallet_oracle_operators::Feeds::<Runtime>::insert(
		FeedKey::ModelQuality(model),
		pallet_oracle_operators::Feed {
			value,
			round: round.index - 1,
			at: System::block_number(),
			reporters: 3,
		},
	);
}

/// The grants line on the real runtime, through real jobs: a fine-tune that scores above its
/// base model earns the share in force of its demand paid away, weighed by its quality, paid to
/// its owner at the period's close; a fine-tune that scores below its base, and a model whose
/// quality went stale, earn nothing.
#[test]
fn the_grants_line_pays_a_fine_tune_that_beats_its_base_model() {
	use pallet_reserve::{CurrentPeriod, Event as ReserveEvent, LastGrants, ModelDemands};
	dev_ext().execute_with(|| {
		let base = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		let better = register_model_on(Sr25519Keyring::Dave, Some(base), Perbill::from_percent(20));
		let worse = register_model_on(Sr25519Keyring::Eve, Some(base), Perbill::from_percent(20));
		quality(base, 700_000);
		quality(better, 800_000);
		quality(worse, 650_000);
		let key = worker();
		job(better, &key, 10_000);
		job(worse, &key, 10_000);
		let away = ModelDemands::<Runtime>::get(better).paid_away;
		assert!(away > 0 && ModelDemands::<Runtime>::get(worse).paid_away == away);
		let share = Reserve::steered().grants;
		assert_eq!(share, reserve::Grants::get().share);
		let expected = share.mul_floor(away) * 800_000 / 1_000_000;
		let (dave, eve) = (free(Sr25519Keyring::Dave), free(Sr25519Keyring::Eve));
		let period = CurrentPeriod::<Runtime>::get();
		begin_block(period.started_at + reserve::Period::get());
		assert_eq!(free(Sr25519Keyring::Dave) - dave, expected);
		assert_eq!(free(Sr25519Keyring::Eve), eve, "a fine-tune below its base earns nothing");
		assert!(System::events().iter().any(|r| r.event
			== atelier_runtime::RuntimeEvent::Reserve(ReserveEvent::GrantPaid {
				period: period.index,
				model: better,
				owner: account(Sr25519Keyring::Dave),
				quality: 800_000,
				paid_away: away,
				amount: expected,
			})));
		let report = LastGrants::<Runtime>::get().expect("the line closed");
		assert_eq!((report.models, report.paid, report.below_floor), (1, expected, false));
		assert_eq!(Reserve::metrics_status().total_granted, expected);

		// A stale quality earns nothing: the next period, with the operators' rounds moved on.
		job(better, &key, 10_000);
		let stale = atelier_runtime::configs::parameters::dynamic_params::oracle::Operators::get()
			.stale_rounds;
		pallet_oracle_operators::CurrentRound::<Runtime>::mutate(|r| {
			if let Some(r) = r.as_mut() {
				r.index += stale + 1
			}
		});
		let dave = free(Sr25519Keyring::Dave);
		let period = CurrentPeriod::<Runtime>::get();
		begin_block(period.started_at + reserve::Period::get());
		assert_eq!(free(Sr25519Keyring::Dave), dave);
		assert_eq!(LastGrants::<Runtime>::get().map(|g| g.models), Some(0));
	});
}
