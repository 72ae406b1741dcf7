//! The reserve against the real Balances, Assets and AssetConversion pallets. Every test ends
//! with the pallet's `try_state` (see [`crate::mock::test`]).

#![allow(clippy::arithmetic_side_effects, clippy::unwrap_used, clippy::expect_used)]

use crate::{mock::*, pallet::*, *};
use atelier_primitives::activity::{Creation, Observer};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect as _, Mutate as _},
		tokens::{Pay, Preservation},
	},
};
use pallet_asset_conversion::Swap;
use sp_runtime::{DispatchError, Perbill, Permill, Saturating};

fn stable(who: AccountId) -> u128 {
	Assets::balance(STABLE, who)
}

fn events() -> Vec<Event<Test>> {
	testing::events::<Test>()
}

fn skipped(step: Step) -> Vec<SkipReason> {
	testing::skipped::<Test>(step)
}

/// The next period's first block.
fn next_period() -> u64 {
	CurrentPeriod::<Test>::get().started_at + PeriodLength::get()
}

/// Sets the reserve's own targets, with the rules' ranges opened to the whole (the runtime's
/// checks would keep targets inside the ranges; these tests steer to extremes).
fn set_targets(targets: Allocation) {
	let whole = TargetRange { min: Permill::zero(), max: Permill::one() };
	RulesParams::set(SteeringPolicy {
		stable: whole,
		pol: whole,
		atl: whole,
		..RulesParams::get()
	});
	TargetParams::set(targets);
}

fn run_period() {
	System::reset_events();
	run_to(next_period());
}

/// `who` swaps `amount` ATL for aUSD (`true`) or `amount` aUSD for ATL.
fn swap(who: AccountId, sell_atl: bool, amount: u128) -> u128 {
	let path = if sell_atl {
		vec![NativeOrWithId::Native, NativeOrWithId::WithId(STABLE)]
	} else {
		vec![NativeOrWithId::WithId(STABLE), NativeOrWithId::Native]
	};
	<AssetConversion as Swap<AccountId>>::swap_exact_tokens_for_tokens(
		who, path, amount, None, who, true,
	)
	.unwrap()
}

use frame_support::traits::fungible::NativeOrWithId;

/// Sets the average `above` (parts per million) over the spot: the price looks low.
fn price_low_by(above: u128) {
	PriceState::<Test>::mutate(|p| {
		let p = p.as_mut().unwrap();
		p.average = p
			.spot
			.saturating_mul(Price::saturating_from_rational(1_000_000 + above, 1_000_000u128));
	});
}

use sp_runtime::FixedPointNumber;

/// `amount` ATL of fee shares reach the reserve (Alice's transfer stands for them).
fn fee_shares(amount: u128) {
	assert_ok!(Balances::transfer_allow_death(RuntimeOrigin::signed(ALICE), RESERVE, amount));
}

#[test]
fn genesis_owns_the_pool_and_samples_its_price() {
	ExtBuilder::default().build_and_execute(|| {
		let (lp, supply) = <Test as Config>::Pool::shares(&RESERVE);
		assert!(lp > 0 && lp + 100 == supply, "the reserve owns the pool but the locked 100");
		assert_eq!(RunningTotals::<Test>::get().lp_minted, lp);
		let price = PriceState::<Test>::get().unwrap();
		// One aUSD (10^6) per ATL (10^12).
		assert_eq!(price.spot, Price::saturating_from_rational(1, 1_000_000u128));
		assert_eq!(price.average, price.spot);
		assert_eq!(price.sampled_at, 1);
		let status = Reserve::status();
		assert_eq!(status.pol_share, Perbill::from_rational(lp, supply));
		assert_eq!(
			status.stable,
			RESERVE_STABLE - DOLLAR / 100,
			"spendable: the minimum balance stays"
		);
	});
}

#[test]
fn budget_lines_are_checked_and_bounded() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Reserve::set_budget_line(RuntimeOrigin::signed(ALICE), ALICE, 10 * DOLLAR),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Reserve::set_budget_line(RuntimeOrigin::root(), ALICE, DOLLAR / 1000),
			Error::<Test>::BelowMinimum
		);
		assert_noop!(
			Reserve::set_budget_line(RuntimeOrigin::root(), ALICE, 0),
			Error::<Test>::NotInBudget
		);
		for who in 10..14 {
			assert_ok!(Reserve::set_budget_line(RuntimeOrigin::root(), who, 10 * DOLLAR));
			assert_eq!(events().last(), Some(&Event::BudgetLineSet { who, per_day: 10 * DOLLAR }));
		}
		// Replacing a line is not a new line.
		assert_ok!(Reserve::set_budget_line(RuntimeOrigin::root(), 10, 20 * DOLLAR));
		assert_eq!(events().last(), Some(&Event::BudgetLineSet { who: 10, per_day: 20 * DOLLAR }));
		assert_noop!(
			Reserve::set_budget_line(RuntimeOrigin::root(), 14, 10 * DOLLAR),
			Error::<Test>::TooManyLines
		);
		assert_eq!(Reserve::budget_per_day(), 50 * DOLLAR);
		assert_ok!(Reserve::set_budget_line(RuntimeOrigin::root(), 13, 0));
		assert_eq!(Budget::<Test>::get().len(), 3);
		// The whole budget stays within what the origin may commit a day (500 000 aUSD).
		assert_noop!(
			Reserve::set_budget_line(RuntimeOrigin::root(), 13, 500_000 * DOLLAR - 39 * DOLLAR),
			Error::<Test>::OverSpendLimit
		);
		assert_ok!(Reserve::set_budget_line(
			RuntimeOrigin::root(),
			13,
			500_000 * DOLLAR - 40 * DOLLAR
		));
	});
}

#[test]
fn the_budget_is_paid_first_every_period_and_a_shortfall_is_recorded_and_paid_later() {
	ExtBuilder::default().build_and_execute(|| {
		// Ten thousand aUSD a period each to 10 and 11: the reserve pays ten periods.
		assert_ok!(Reserve::set_budget_line(RuntimeOrigin::root(), 10, 10_000 * DOLLAR));
		assert_ok!(Reserve::set_budget_line(RuntimeOrigin::root(), 11, 10_000 * DOLLAR));
		run_period();
		assert_eq!(stable(10), 10_000 * DOLLAR);
		assert_eq!(stable(11), 10_000 * DOLLAR);
		let paid_first = events().iter().position(
			|e| matches!(e, Event::BudgetPaid { paid, shortfall: 0, .. } if *paid == 20_000 * DOLLAR),
		);
		let trade_step = events().iter().position(|e| {
			matches!(
				e,
				Event::StepSkipped { .. } | Event::Converted { .. } | Event::BoughtBack { .. }
			)
		});
		assert!(paid_first.unwrap() < trade_step.unwrap(), "the budget is paid before any trade");

		// Leave 15 000 aUSD: the next period pays 10 in full and 11 a third, recorded.
		let left = stable(RESERVE) - 15_000 * DOLLAR - DOLLAR / 100;
		assert_ok!(<Test as Config>::Stable::transfer(
			&RESERVE,
			&ALICE,
			left,
			Preservation::Preserve
		));
		run_period();
		assert_eq!(stable(10), 20_000 * DOLLAR);
		assert_eq!(stable(11), 15_000 * DOLLAR);
		assert!(events().contains(&Event::BudgetShortfall {
			period: 1,
			who: 11,
			unpaid: 5_000 * DOLLAR
		}));
		assert_eq!(
			LastBudget::<Test>::get().map(|r| (r.paid, r.shortfall)),
			Some((15_000 * DOLLAR, 5_000 * DOLLAR))
		);
		// Nothing left: a whole period recorded, not skipped.
		run_period();
		assert!(events().contains(&Event::BudgetPaid {
			period: 2,
			paid: 0,
			shortfall: 25_000 * DOLLAR
		}));
		// Refilled: the arrears are paid with the period's amount.
		assert_ok!(<Test as Config>::Stable::transfer(
			&ALICE,
			&RESERVE,
			100_000 * DOLLAR,
			Preservation::Preserve
		));
		run_period();
		assert_eq!(stable(10), 40_000 * DOLLAR);
		assert_eq!(stable(11), 40_000 * DOLLAR);
		assert_eq!(Reserve::status().arrears, 0);
		let totals = RunningTotals::<Test>::get();
		assert_eq!(totals.budget_due, 80_000 * DOLLAR);
		assert_eq!(totals.budget_paid, 80_000 * DOLLAR);
	});
}

#[test]
fn removing_a_line_forgives_its_arrears() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Reserve::set_budget_line(RuntimeOrigin::root(), 10, 300_000 * DOLLAR));
		run_period();
		let arrears = Budget::<Test>::get()[0].arrears;
		assert!(arrears > 0);
		assert_ok!(Reserve::set_budget_line(RuntimeOrigin::root(), 10, 0));
		assert!(events().contains(&Event::BudgetLineRemoved { who: 10, arrears_forgiven: arrears }));
		assert_eq!(RunningTotals::<Test>::get().arrears_forgiven, arrears);
	});
}

#[test]
fn inflow_is_converted_to_stable_and_pol_within_the_slippage_bound() {
	ExtBuilder::default().build_and_execute(|| {
		// Bob provides nine tenths of the pool: the reserve's POL is a million ATL and a
		// million aUSD, 2 000 000 aUSD of value.
		assert_ok!(AssetConversion::add_liquidity(
			RuntimeOrigin::signed(BOB),
			Box::new(NativeOrWithId::Native),
			Box::new(NativeOrWithId::WithId(STABLE)),
			9_000_000 * UNIT,
			9_000_000 * DOLLAR,
			0,
			0,
			BOB,
		));
		// Targets of the 2 300 000 aUSD of value: 10% aUSD (230 000, 30 000 short), 90% POL
		// (2 070 000, 70 000 short).
		set_targets(Allocation {
			stable: Permill::from_percent(10),
			pol: Permill::from_percent(90),
			atl: Permill::zero(),
		});
		// A hundred thousand ATL of fee shares arrive.
		fee_shares(100_000 * UNIT);
		let (atl_before, stable_before) = (Reserve::holdings().atl, stable(RESERVE));
		let (lp_before, _) = <Test as Config>::Pool::shares(&RESERVE);
		run_period();
		let converted = events()
			.into_iter()
			.find_map(|e| match e {
				Event::Converted {
					atl_sold,
					stable_received,
					pol_atl,
					pol_stable,
					lp_minted,
					..
				} => Some((atl_sold, stable_received, pol_atl, pol_stable, lp_minted)),
				_ => None,
			})
			.expect("the inflow was converted");
		let (sold, received, pol_atl, pol_stable, lp) = converted;
		// Half the inflow, 50 000 ATL (under the gap and under 1% of the pool's ten million
		// ATL, half the 2% slippage); the POL gap's 70% share of it is half pooled as ATL.
		// (The pool takes the ATL that matches the aUSD at its ratio: a few millionths less.)
		assert!(sold + pol_atl <= 50_000 * UNIT && sold + pol_atl > 49_999 * UNIT);
		assert!(pol_atl > 17_000 * UNIT && pol_atl < 18_000 * UNIT, "{pol_atl}");
		assert!(received >= sold / 1_000_000 * 98 / 100, "within the slippage");
		assert!(pol_atl > 0 && pol_stable > 0 && lp > 0, "the POL share was pooled");
		assert_eq!(Reserve::holdings().atl, atl_before - sold - pol_atl);
		assert_eq!(stable(RESERVE), stable_before + received - pol_stable);
		assert_eq!(<Test as Config>::Pool::shares(&RESERVE).0, lp_before + lp);
		// The next period has no inflow: nothing to convert, and it says so.
		run_period();
		assert_eq!(skipped(Step::Conversion), vec![SkipReason::NoInflow]);
	});
}

#[test]
fn conversion_stops_at_its_targets() {
	ExtBuilder::default().build_and_execute(|| {
		set_targets(Allocation {
			stable: Permill::zero(),
			pol: Permill::zero(),
			atl: Permill::one(),
		});
		fee_shares(1_000 * UNIT);
		run_period();
		assert_eq!(skipped(Step::Conversion), vec![SkipReason::AtTarget]);
	});
}

#[test]
fn buy_back_fires_only_under_its_conditions_within_its_bound_and_above_the_floor() {
	ExtBuilder::default().build_and_execute(|| {
		// A budget of 50 000 aUSD a day (a period here): a floor of three days, 150 000 aUSD.
		assert_ok!(Reserve::set_budget_line(RuntimeOrigin::root(), 10, 50_000 * DOLLAR));
		assert_ok!(<Test as Config>::Stable::transfer(
			&ALICE,
			&RESERVE,
			300_000 * DOLLAR,
			Preservation::Preserve
		));

		// Velocity at the threshold (1% of circulating supply): no buy-back, even at a low price.
		let circulating = Reserve::circulating();
		Reserve::created(
			&ALICE,
			Creation::ComputeDelivered { units: 1, paid: circulating / 100, spent: 0 },
		);
		System::set_block_number(next_period() - 1);
		price_low_by(60_000);
		run_period();
		assert_eq!(skipped(Step::BuyBack), vec![SkipReason::VelocityHigh]);

		// Low velocity, price at its average: no buy-back.
		run_period();
		assert_eq!(skipped(Step::BuyBack), vec![SkipReason::PriceNotLow]);

		// Low velocity, price 6% below its average (inside the 10% band): it buys, at most
		// 1 000 aUSD (a day's bound; the sandwich bound, half the pool's 0.3% fee share of its
		// aUSD, is about 1 500), and burns what it bought.
		let issuance = Balances::total_issuance();
		let stable_before = stable(RESERVE);
		System::set_block_number(next_period() - 1);
		price_low_by(60_000);
		run_period();
		let report = LastBuyBack::<Test>::get().expect("it bought back");
		assert_eq!(report.stable_spent, 1_000 * DOLLAR);
		assert!(report.atl_bought > 990 * UNIT, "about 1 000 ATL at one aUSD, less the fee");
		assert_eq!(Balances::total_issuance(), issuance - report.atl_bought);
		assert_eq!(stable(RESERVE), stable_before - 50_000 * DOLLAR - 1_000 * DOLLAR);
		assert!(skipped(Step::Conversion).contains(&SkipReason::NoInflow));

		// Drained to just above the floor: the buy-back spends only down to it.
		let floor = Reserve::runway_floor();
		let excess = stable(RESERVE) - 50_000 * DOLLAR - floor - 500 * DOLLAR;
		assert_ok!(<Test as Config>::Stable::transfer(
			&RESERVE,
			&ALICE,
			excess,
			Preservation::Preserve
		));
		System::set_block_number(next_period() - 1);
		price_low_by(60_000);
		run_period();
		let report = LastBuyBack::<Test>::get().unwrap();
		assert_eq!(report.period, 3);
		assert_eq!(report.stable_spent, 500 * DOLLAR - DOLLAR / 100);
		assert!(stable(RESERVE) >= floor);

		// At the floor: skipped, and said why.
		System::set_block_number(next_period() - 1);
		price_low_by(60_000);
		run_period();
		assert_eq!(skipped(Step::BuyBack), vec![SkipReason::Floor]);
		assert_eq!(LastBuyBack::<Test>::get().unwrap().period, 3);
	});
}

#[test]
fn bought_back_atl_can_become_pol() {
	ExtBuilder::default().build_and_execute(|| {
		BuyBackParams::mutate(|p| p.destination = BuyBackDestination::Pol);
		let issuance = Balances::total_issuance();
		let (lp_before, _) = <Test as Config>::Pool::shares(&RESERVE);
		System::set_block_number(next_period() - 1);
		price_low_by(60_000);
		run_period();
		let report = LastBuyBack::<Test>::get().unwrap();
		assert_eq!(report.destination, BuyBackDestination::Pol);
		assert!(<Test as Config>::Pool::shares(&RESERVE).0 > lp_before);
		assert_eq!(Balances::total_issuance(), issuance, "nothing burned");
		// Half the budget buys, the other half pairs with what it bought, and no more: the
		// price rose with the purchase, so a little of the ATL stays unpooled.
		let pooled = RunningTotals::<Test>::get().pooled_atl;
		assert!(pooled <= report.atl_bought && pooled > report.atl_bought * 98 / 100);
		assert!(report.stable_spent <= 1_000 * DOLLAR);
	});
}

#[test]
fn a_shorter_period_changes_when_the_budget_is_paid_not_how_much() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Reserve::set_budget_line(RuntimeOrigin::root(), 10, 1_000 * DOLLAR));
		assert_ok!(<Test as Config>::Stable::transfer(
			&ALICE,
			&RESERVE,
			300_000 * DOLLAR,
			Preservation::Preserve
		));
		// A day is 10 blocks here. Periods of one block pay a tenth of a day's rate each: ten of
		// them, one day, pay the line one day's 1 000 aUSD, as one period of a day would.
		run_period();
		PeriodLength::set(1);
		let paid_before = RunningTotals::<Test>::get().budget_paid;
		let start = System::block_number();
		run_to(start + 10);
		assert_eq!(RunningTotals::<Test>::get().budget_paid - paid_before, 1_000 * DOLLAR);
		// The buy-back's bound is a daily rate too: ten one-block periods at a low price spend
		// at most a day's 1 000 aUSD between them.
		let spent_before = RunningTotals::<Test>::get().buyback_stable;
		for _ in 0..10 {
			price_low_by(60_000);
			run_period();
		}
		let spent = RunningTotals::<Test>::get().buyback_stable - spent_before;
		assert!(spent > 0 && spent <= 1_000 * DOLLAR, "spent {spent}");
		// The runway floor is in days of budget, whatever the period.
		assert_eq!(Reserve::runway_floor(), 3 * 1_000 * DOLLAR);
	});
}

#[test]
fn a_buy_back_sandwich_costs_its_maker_more_than_it_earns() {
	// The price is 6% under its average, so the period will buy back. The attacker buys ATL in
	// the block before (lifting the price while staying under the discount, so the buy-back
	// still fires), lets the reserve buy, then sells its ATL back. At every size it ends with
	// less aUSD than it began with, and the reserve never pays more than the average less the
	// discount: a lift that leaves too little room makes the pool refuse the buy-back.
	let mut fired = 0;
	for lift in [200 * DOLLAR, 1_000 * DOLLAR, 5_000 * DOLLAR, 10_000 * DOLLAR] {
		ExtBuilder::default().build_and_execute(|| {
			// A daily bound that does not bind: the sandwich bound (about 1 500 aUSD) does.
			BuyBackParams::mutate(|p| p.max_per_day = 100_000 * DOLLAR);
			run_to(next_period() - 1);
			price_low_by(60_000);
			let average = PriceState::<Test>::get().unwrap().average;
			let stable_before = stable(WHALE);
			let atl_before = Balances::free_balance(WHALE);
			let bought = swap(WHALE, false, lift);
			let (_, pool_stable) = <Test as Config>::Pool::reserves().unwrap();
			System::reset_events();
			run_to(next_period());
			match LastBuyBack::<Test>::get() {
				Some(report) => {
					// Half the pool's 0.3% fee share of its aUSD side.
					assert_eq!(
						report.stable_spent,
						Permill::from_parts(1_500).mul_floor(pool_stable)
					);
					// What the reserve paid per ATL is at most the average less the discount.
					let limit =
						average.saturating_mul(Price::saturating_from_rational(97u128, 100u128));
					assert!(
						Price::saturating_from_rational(report.stable_spent, report.atl_bought)
							<= limit,
						"the reserve paid above its limit price"
					);
					fired += 1;
				},
				// Lifted so close to the limit that the pool cannot fill it: refused.
				None => assert_eq!(skipped(Step::BuyBack), vec![SkipReason::Slippage]),
			}
			swap(WHALE, true, bought);
			assert_eq!(Balances::free_balance(WHALE), atl_before);
			assert!(
				stable(WHALE) < stable_before,
				"a sandwich of {lift} earned {}",
				stable(WHALE) - stable_before
			);
		});
	}
	assert!(fired >= 2, "the small lifts leave the buy-back firing");
}

#[test]
fn a_price_pushed_inside_one_block_triggers_no_reserve_swap() {
	ExtBuilder::default().build_and_execute(|| {
		fee_shares(100_000 * UNIT);
		// A swap and its reverse inside one block leave the closing price where it was: the
		// sample (and the average) never see the spike.
		let average = PriceState::<Test>::get().unwrap().average;
		run_to(next_period() - 2);
		let got = swap(WHALE, true, 300_000 * UNIT);
		swap(WHALE, false, got);
		run_to(next_period() - 1);
		let price = PriceState::<Test>::get().unwrap();
		assert!(price.average >= average * Price::saturating_from_rational(999, 1000u128));

		// Pushed down 40% in the block before the period: the period's sample sees it, the
		// average barely moves, and both steps refuse to trade.
		let whale_atl = Balances::free_balance(WHALE);
		let got = swap(WHALE, true, 300_000 * UNIT);
		let reserve_before = (Reserve::holdings().atl, stable(RESERVE));
		System::reset_events();
		run_to(next_period());
		assert_eq!(skipped(Step::Conversion), vec![SkipReason::Guard]);
		assert_eq!(skipped(Step::BuyBack), vec![SkipReason::Guard]);
		assert_eq!((Reserve::holdings().atl, stable(RESERVE)), reserve_before);
		// The manipulator's round trip cost it the pool's fees.
		swap(WHALE, false, got);
		assert!(Balances::free_balance(WHALE) < whale_atl);
	});
}

#[test]
fn a_dump_in_the_block_before_the_period_does_not_make_the_reserve_sell_into_it() {
	ExtBuilder::default().build_and_execute(|| {
		use crate::features::price::{below_by, value, within_band};
		// Fee shares arrive: without the dump the period would convert 10 000 ATL of them (1%
		// of the pool), as it does at the end of this test.
		fee_shares(100_000 * UNIT);
		run_to(next_period() - 1);
		let average = PriceState::<Test>::get().unwrap().average;
		let (whale_atl, whale_stable) = (Balances::free_balance(WHALE), stable(WHALE));

		// The front-runner sells 10 000 ATL in the block before the period: the price falls
		// about 2%, inside the guard's band and short of the buy-back discount, so neither the
		// guard nor `PriceLow` stops the conversion.
		let got = swap(WHALE, true, 10_000 * UNIT);
		let spot = Reserve::spot_price().unwrap();
		assert!(within_band(spot, average, GuardParams::get().band));
		assert!(!below_by(spot, average, BuyBackParams::get().discount));
		assert!(below_by(spot, average, Permill::from_percent(1)));
		let reserve_before = (Reserve::holdings().atl, stable(RESERVE));
		System::reset_events();
		run_to(next_period());

		// The reserve does not sell below the average less its slippage: here, not at all.
		let sold_cheap = events().into_iter().any(|e| {
			matches!(e, Event::Converted { atl_sold, stable_received, .. }
				if stable_received < value(atl_sold, average) * 98 / 100)
		});
		assert!(!sold_cheap, "the reserve sold into the dump");
		assert_eq!(skipped(Step::Conversion), vec![SkipReason::Slippage]);
		assert_eq!((Reserve::holdings().atl, stable(RESERVE)), reserve_before);

		// Buying back, the front-runner gets less ATL than it sold: the dump cost it.
		swap(WHALE, false, got);
		assert_eq!(stable(WHALE), whale_stable);
		assert!(Balances::free_balance(WHALE) < whale_atl);

		// The dump postponed the conversion, it did not erase it: once the price is back, the
		// next period counts the carried inflow again and converts it.
		run_to(next_period() - 1);
		System::reset_events();
		run_to(next_period());
		assert!(events()
			.iter()
			.any(|e| matches!(e, Event::PeriodClosed { inflow, .. } if *inflow == 100_000 * UNIT)));
		// About 1% of the pool's ATL, the impact bound (the pool kept the front-runner's loss).
		assert!(events().iter().any(|e| matches!(e, Event::Converted { atl_sold, .. }
			if *atl_sold >= 10_000 * UNIT && *atl_sold < 10_010 * UNIT)));
		// What it converted is not carried again.
		run_period();
		assert_eq!(skipped(Step::Conversion), vec![SkipReason::NoInflow]);
	});
}

#[test]
fn velocity_counts_compute_and_native_sales_paid_on_chain_only() {
	ExtBuilder::default().build_and_execute(|| {
		Reserve::created(&ALICE, Creation::ComputeDelivered { units: 5, paid: 7 * UNIT, spent: 0 });
		Reserve::created(
			&ALICE,
			Creation::OutputSold { asset: None, price: 3 * UNIT, spent: 0, external: false },
		);
		// An external sale's declared price changed no hands here: no volume.
		Reserve::created(
			&ALICE,
			Creation::OutputSold { asset: None, price: 1_000 * UNIT, spent: 0, external: true },
		);
		Reserve::created(
			&ALICE,
			Creation::OutputSold {
				asset: Some(STABLE),
				price: 1_000 * DOLLAR,
				spent: 0,
				external: false,
			},
		);
		Reserve::created(&ALICE, Creation::RoyaltiesClaimed { asset: None, amount: 9 * UNIT });
		assert_eq!(CurrentPeriod::<Test>::get().volume, 10 * UNIT);
		let circulating = Reserve::circulating();
		// The reserve's own ATL and its side of the pool do not circulate.
		assert_eq!(
			circulating,
			Balances::total_issuance()
				- Balances::total_balance(&RESERVE)
				- Reserve::holdings().pol_atl
		);
		assert_eq!(Reserve::status().velocity, Perbill::from_rational(10 * UNIT, circulating));
		run_period();
		assert!(events()
			.iter()
			.any(|e| matches!(e, Event::PeriodClosed { volume, .. } if *volume == 10 * UNIT)));
		assert_eq!(CurrentPeriod::<Test>::get().volume, 0);
	});
}

#[test]
fn grants_never_take_the_stablecoin_below_the_runway_floor() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Reserve::set_budget_line(RuntimeOrigin::root(), 10, 50_000 * DOLLAR));
		// Floor: 150 000 aUSD of the reserve's 200 000.
		type Paymaster = ReservePay<Test, StableId>;
		assert_eq!(
			Paymaster::pay(&BOB, NativeOrWithId::WithId(STABLE), 50_001 * DOLLAR),
			Err(Error::<Test>::BelowRunwayFloor.into())
		);
		assert_ok!(Paymaster::pay(&BOB, NativeOrWithId::WithId(STABLE), 50_000 * DOLLAR));
		assert_eq!(stable(BOB), 10_050_000 * DOLLAR);
		// ATL grants keep the account alive; other assets are not paid.
		let atl = Balances::free_balance(RESERVE);
		assert!(Paymaster::pay(&BOB, NativeOrWithId::Native, atl).is_err());
		assert_ok!(Paymaster::pay(&BOB, NativeOrWithId::Native, 5 * UNIT));
		assert!(Paymaster::pay(&BOB, NativeOrWithId::WithId(7), 1).is_err());
	});
}

#[test]
fn try_state_catches_corrupted_totals() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(Reserve::do_try_state());
		RunningTotals::<Test>::mutate(|t| t.budget_paid += 1);
		assert!(Reserve::do_try_state().is_err());
	});
}

#[test]
fn policy_checks_refuse_an_inconsistent_policy() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(Reserve::check_policy());
		BuyBackParams::mutate(|p| p.discount = Permill::from_percent(10));
		assert!(Reserve::check_policy().is_err(), "a discount the guard never lets through");
		BuyBackParams::mutate(|p| p.discount = Permill::from_percent(3));
		TargetParams::mutate(|t| t.atl = Permill::from_percent(21));
		assert!(Reserve::check_policy().is_err(), "targets over 100%");
	});
}

mod steering {
	//! The chain's metrics and the rules that move the targets by them.

	use super::*;
	use atelier_primitives::models::ModelId;

	fn serve(model: u32, units: u64, paid: u128) {
		// A self-served job's protocol share is 15% of it; here what was paid away is the
		// whole, so that demand and what the rule reads are one number.
		<Reserve as atelier_primitives::activity::Metrics<AccountId>>::served(
			&ModelId(model),
			units,
			paid,
			paid,
		);
	}

	fn engage(who: AccountId) {
		<Reserve as atelier_primitives::activity::Metrics<AccountId>>::engaged(&who);
	}

	fn last_signals() -> Signals {
		events()
			.into_iter()
			.rev()
			.find_map(|e| match e {
				Event::Steered { signals, .. } => Some(signals),
				_ => None,
			})
			.expect("every period steers")
	}

	/// Runs `n` periods, each with `demand` of model 1 and `active` accounts.
	fn periods(n: u32, demand: u128, active: u64) {
		for _ in 0..n {
			serve(1, 1, demand);
			for who in 0..active {
				engage(100 + who);
			}
			run_period();
		}
	}

	fn pct(n: u32) -> Permill {
		Permill::from_percent(n)
	}

	#[test]
	fn demand_is_counted_in_total_and_split_evenly_over_a_models_styles() {
		ExtBuilder::default().build_and_execute(|| {
			// Model 3 has styles 1, 2 and 3; model 5 has none.
			serve(3, 10, 1_000);
			serve(5, 7, 700);
			<Reserve as atelier_primitives::activity::Metrics<AccountId>>::sold(
				&ModelId(1),
				None,
				50,
				1,
			);
			let a = Activity::<Test>::get();
			assert_eq!((a.units, a.demand), (17, 1_750));
			// 10 units and 1 000 over three styles: the first takes the remainder.
			assert_eq!(
				(StyleDemands::<Test>::get(1).units, StyleDemands::<Test>::get(1).demand),
				(4, 334 + 50)
			);
			assert_eq!(
				(StyleDemands::<Test>::get(2).units, StyleDemands::<Test>::get(2).demand),
				(3, 333)
			);
			assert_eq!(StyleDemands::<Test>::get(3).demand, 333);
			assert_eq!(StyleDemands::<Test>::get(4), StyleDemand::default());
			// A sale in aUSD counts at the average price (one aUSD per ATL here).
			let average = PriceState::<Test>::get().unwrap().average;
			<Reserve as atelier_primitives::activity::Metrics<AccountId>>::sold(
				&ModelId(1),
				Some(STABLE),
				5 * DOLLAR,
				DOLLAR,
			);
			let expected = crate::features::price::atl_for(5 * DOLLAR, average);
			assert!(expected > 4 * UNIT && expected <= 5 * UNIT);
			assert_eq!(Activity::<Test>::get().demand, 1_750 + expected);
			// What was paid away: the jobs' whole (here) and the sales' reserve shares.
			assert_eq!(
				Activity::<Test>::get().paid_away,
				1_700 + 1 + crate::features::price::atl_for(DOLLAR, average)
			);
		});
	}

	#[test]
	fn an_account_is_counted_active_once_a_period() {
		ExtBuilder::default().build_and_execute(|| {
			engage(ALICE);
			engage(ALICE);
			engage(BOB);
			assert_eq!(Reserve::engaged_now(), 2);
			engage(BOB);
			assert_eq!(Reserve::engaged_now(), 2, "a repeat counts nothing");
			run_period();
			assert_eq!(Reserve::engaged_now(), 0);
			assert_eq!(Averages::<Test>::get().engaged(), 2);
			assert_eq!(Averages::<Test>::get().periods, 1);
			// A new period: the same account counts again.
			engage(ALICE);
			assert_eq!(Reserve::engaged_now(), 1);
		});
	}

	#[test]
	fn a_styles_average_rolls_forward_lazily_over_idle_periods() {
		ExtBuilder::default().build_and_execute(|| {
			// Model 1 has style 1 alone.
			serve(1, 1, 8_000);
			periods_idle(3);
			serve(1, 1, 100);
			let record = StyleDemands::<Test>::get(1);
			// Folded: 8 000 at alpha 2/8 = 2 000, then two idle periods at 3/4 each.
			assert_eq!(record.period, 3);
			assert_eq!(record.average, 1_125);
			assert_eq!(record.demand, 100);
			// The status rolls without writing.
			run_period();
			let rolled = Reserve::metrics_status();
			let (_, style) = rolled.styles.iter().find(|(s, _)| *s == 1).copied().unwrap();
			assert_eq!(style.period, 4);
			// Rounded towards the value: 1 125 less a quarter of 1 025, rounded up.
			assert_eq!(style.average, 1_125 - 1_025_u128.div_ceil(4));
			assert_eq!(StyleDemands::<Test>::get(1).period, 3, "a status query writes nothing");
		});
	}

	fn periods_idle(n: u32) {
		for _ in 0..n {
			run_period();
		}
	}

	#[test]
	fn growing_demand_deepens_liquidity_a_step_a_period_up_to_its_range() {
		ExtBuilder::default().build_and_execute(|| {
			periods(3, 10_000, 5);
			assert_eq!(
				Reserve::steered().targets,
				TargetParams::get(),
				"steady demand moves nothing"
			);
			// Demand triples and stays there: POL rises two points a period until 45%, while
			// the average catches up.
			let mut last = Reserve::steered().targets.pol;
			for _ in 0..4 {
				periods(1, 30_000, 5);
				let now = Reserve::steered().targets;
				assert_eq!(last_signals().demand, Signal::Up);
				assert_eq!(now.pol, last.saturating_add(pct(2)));
				assert_eq!(now.stable, pct(50));
				assert_eq!(now.stable + now.pol + now.atl, Permill::one());
				last = now.pol;
			}
			// Demand that keeps doubling: POL reaches its range's top and stays there.
			for i in 0..12 {
				periods(1, 30_000 << i, 5);
			}
			let now = Reserve::steered().targets;
			assert_eq!(now.pol, pct(45));
			assert!(RulesParams::get().atl.contains(now.atl));
			// Demand holding at its new level: the average catches up and POL returns a step
			// a period towards 30%.
			periods(30, 30_000 << 11, 5);
			assert_eq!(Reserve::steered().targets.pol, pct(30));
			// Demand collapsing: POL falls to its floor, then returns once the average has
			// followed it down.
			periods(5, 10_000, 5);
			assert_eq!(last_signals().demand, Signal::Down);
			assert_eq!(Reserve::steered().targets.pol, pct(20));
			periods(60, 10_000, 5);
			assert_eq!(Reserve::steered().targets.pol, pct(30));
		});
	}

	#[test]
	fn a_drifting_price_or_a_fresh_operators_price_far_from_the_pools_holds_more_stable() {
		ExtBuilder::default().build_and_execute(|| {
			periods(2, 10_000, 5);
			// The average moves 8% over a period (the swing is 5%).
			let mark = Activity::<Test>::get().price_mark.unwrap();
			serve(1, 1, 10_000);
			for i in 0..5 {
				engage(100 + i);
			}
			run_to(next_period() - 1);
			PriceState::<Test>::mutate(|p| {
				p.as_mut().unwrap().average =
					mark.saturating_mul(Price::saturating_from_rational(108, 100))
			});
			run_to(next_period());
			assert_eq!(last_signals().price, Signal::Up);
			assert_eq!(Reserve::steered().targets.stable, pct(52));
			// Calm: back a step.
			periods(1, 10_000, 5);
			assert_eq!(last_signals().price, Signal::Neutral);
			assert_eq!(Reserve::steered().targets.stable, pct(50));
			// The operators' price 20% above the pool's: the pool is off the world's price.
			let average = PriceState::<Test>::get().unwrap().average;
			OperatorsPrice::set(Some(
				average.saturating_mul(Price::saturating_from_rational(6, 5)),
			));
			periods(1, 10_000, 5);
			assert_eq!(last_signals().price, Signal::Up);
			assert_eq!(Reserve::steered().targets.stable, pct(52));
			// No fresh value (stale feeds read as none): nothing keeps the reserve on it.
			OperatorsPrice::set(None);
			periods(1, 10_000, 5);
			assert_eq!(last_signals().price, Signal::Neutral);
			assert_eq!(Reserve::steered().targets.stable, pct(50));
		});
	}

	#[test]
	fn an_engagement_slump_with_low_velocity_lowers_the_buy_back_discount_to_its_floor() {
		ExtBuilder::default().build_and_execute(|| {
			periods(3, 10_000, 20);
			assert_eq!(Reserve::steered().discount, pct(3));
			// Active accounts fall from 20 to 5 (velocity is nil here).
			periods(1, 10_000, 5);
			assert_eq!(last_signals().slump, Signal::Up);
			assert_eq!(Reserve::steered().discount, pct(1));
			periods(1, 10_000, 2);
			assert_eq!(Reserve::steered().discount, pct(1), "never below the floor");
			// A buy-back now starts at a 2.5% dip (2.3% once the block's sample moved the
			// average), which the policy's 3% would not.
			fund_stable_and_price_low_by(25_000);
			let bought = RunningTotals::<Test>::get().bought_atl;
			periods(1, 10_000, 2);
			assert_eq!(skipped(Step::BuyBack), vec![]);
			assert!(RunningTotals::<Test>::get().bought_atl > bought);
			// Engagement recovers: the discount returns a step a period.
			periods(20, 10_000, 20);
			assert_eq!(Reserve::steered().discount, pct(3));
		});
	}

	fn fund_stable_and_price_low_by(above: u128) {
		run_to(next_period() - 1);
		price_low_by(above);
	}

	#[test]
	fn the_first_period_moves_nothing_but_the_price_signal() {
		ExtBuilder::default().build_and_execute(|| {
			serve(1, 1, 1_000_000);
			run_period();
			let s = last_signals();
			assert_eq!((s.demand, s.slump), (Signal::Unknown, Signal::Unknown));
			assert_eq!(Reserve::steered(), Reserve::base());
		});
	}

	#[test]
	fn governance_freezes_or_fixes_the_targets_and_the_rules_resume_inside_their_ranges() {
		ExtBuilder::default().build_and_execute(|| {
			let fixed = Allocation { stable: pct(90), pol: pct(5), atl: pct(5) };
			assert_noop!(
				Reserve::set_steering(RuntimeOrigin::signed(ALICE), SteeringMode::Frozen),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Reserve::set_steering(
					RuntimeOrigin::root(),
					SteeringMode::Fixed {
						targets: Allocation { stable: pct(90), pol: pct(5), atl: pct(4) },
						discount: pct(3),
						grants: pct(10),
					}
				),
				Error::<Test>::TargetsNotWhole
			);
			for discount in [Permill::zero(), pct(10), pct(20)] {
				assert_noop!(
					Reserve::set_steering(
						RuntimeOrigin::root(),
						SteeringMode::Fixed { targets: fixed, discount, grants: pct(10) }
					),
					Error::<Test>::DiscountOutsideBand
				);
			}
			// A grants share above the range's top would let faked demand earn more.
			assert_noop!(
				Reserve::set_steering(
					RuntimeOrigin::root(),
					SteeringMode::Fixed { targets: fixed, discount: pct(2), grants: pct(21) }
				),
				Error::<Test>::GrantsOutsideRange
			);
			// Fixed: in force at once, and no period moves it.
			assert_ok!(Reserve::set_steering(
				RuntimeOrigin::root(),
				SteeringMode::Fixed { targets: fixed, discount: pct(2), grants: Permill::zero() }
			));
			assert_eq!(Reserve::status().targets, fixed);
			assert_eq!(Reserve::steered().grants, Permill::zero(), "zero stops the line");
			periods(3, 10_000, 5);
			periods(2, 1_000_000, 5);
			assert_eq!(Reserve::steered().targets, fixed);
			assert_eq!(last_signals().demand, Signal::Up, "the signals are still reported");
			// Frozen: the rules stop where the targets are.
			assert_ok!(Reserve::set_steering(RuntimeOrigin::root(), SteeringMode::Frozen));
			periods(2, 100_000_000, 5);
			assert_eq!(Reserve::steered().targets, fixed);
			// The rules again: the targets come back into their ranges at once (aUSD at its
			// 70% top, POL at its 20% floor, ATL the rest), then move a step a period.
			assert_ok!(Reserve::set_steering(RuntimeOrigin::root(), SteeringMode::Rules));
			assert_eq!(
				Reserve::steered().targets,
				Allocation { stable: pct(70), pol: pct(20), atl: pct(10) }
			);
			periods(1, 10_000, 5);
			assert_eq!(Reserve::steered().targets.stable, pct(68));
		});
	}

	#[test]
	fn the_conversion_steers_towards_the_targets_in_force() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Reserve::set_steering(
				RuntimeOrigin::root(),
				SteeringMode::Fixed {
					targets: Allocation {
						stable: Permill::zero(),
						pol: Permill::zero(),
						atl: Permill::one()
					},
					discount: pct(3),
					grants: pct(10),
				}
			));
			fee_shares(1_000 * UNIT);
			run_period();
			assert_eq!(skipped(Step::Conversion), vec![SkipReason::AtTarget]);
		});
	}

	#[test]
	fn inconsistent_rules_are_refused() {
		ExtBuilder::default().build_and_execute(|| {
			let good = RulesParams::get();
			assert_eq!(Reserve::check_rules(), Ok(()));
			let bad = [
				SteeringPolicy { step: Permill::zero(), ..good },
				SteeringPolicy { step: pct(11), ..good },
				SteeringPolicy { pol: TargetRange { min: pct(31), max: pct(45) }, ..good },
				SteeringPolicy {
					stable: TargetRange { min: pct(50), max: pct(50) },
					pol: TargetRange { min: pct(30), max: pct(30) },
					atl: TargetRange { min: pct(10), max: pct(19) },
					..good
				},
				SteeringPolicy { swing: Permill::zero(), ..good },
				SteeringPolicy { min_discount: pct(4), ..good },
				SteeringPolicy { average_periods: 0, ..good },
			];
			for rules in bad {
				RulesParams::set(rules);
				assert!(Reserve::check_rules().is_err(), "{rules:?}");
			}
			RulesParams::set(good);
		});
	}

	#[test]
	fn fit_keeps_every_target_in_its_range() {
		ExtBuilder::default().build_and_execute(|| {
			let rules = RulesParams::get();
			for stable in (0..=100).step_by(5) {
				for pol in (0..=100).step_by(5) {
					let a = Reserve::fit(pct(stable), pct(pol), &rules);
					assert_eq!(a.stable + a.pol + a.atl, Permill::one());
					assert!(rules.stable.contains(a.stable), "{a:?}");
					assert!(rules.pol.contains(a.pol), "{a:?}");
					assert!(rules.atl.contains(a.atl), "{a:?}");
				}
			}
		});
	}

	#[test]
	fn try_state_counts_the_periods_active_accounts() {
		ExtBuilder::default().build_and_execute(|| {
			engage(ALICE);
			Activity::<Test>::mutate(|a| a.engaged = 2);
			assert!(Reserve::do_try_state().is_err());
			Activity::<Test>::mutate(|a| a.engaged = 1);
		});
	}

	#[test]
	fn a_count_begun_part_way_through_a_period_enters_no_average() {
		ExtBuilder::default().build_and_execute(|| {
			// As after the upgrade that added the metrics: the period's count is not whole.
			Activity::<Test>::mutate(|a| a.whole = false);
			serve(1, 1, 1_000_000);
			run_period();
			assert_eq!(Averages::<Test>::get(), MetricAverages::default());
			assert_eq!(last_signals().demand, Signal::Unknown);
			// The next one is.
			serve(1, 1, 1_000);
			run_period();
			assert_eq!(Averages::<Test>::get().paid_away, 1_000);
		});
	}

	#[test]
	fn a_reset_or_a_change_that_leaves_the_discount_in_force_below_the_floor_is_caught() {
		ExtBuilder::default().build_and_execute(|| {
			periods(3, 10_000, 20);
			periods(1, 10_000, 5);
			assert_eq!(Reserve::steered().discount, pct(1));
			assert_eq!(Reserve::check_in_force(), Ok(()));
			// A floor raised above the discount the rules moved to.
			let rules = RulesParams::get();
			RulesParams::set(SteeringPolicy { min_discount: pct(2), ..rules });
			assert!(Reserve::check_in_force().is_err());
			RulesParams::set(rules);
			// A guard's band lowered to the discount fixed in force.
			assert_ok!(Reserve::set_steering(
				RuntimeOrigin::root(),
				SteeringMode::Fixed {
					targets: TargetParams::get(),
					discount: pct(5),
					grants: pct(10)
				}
			));
			let guard = GuardParams::get();
			GuardParams::set(PriceGuard { band: pct(5), ..guard });
			assert!(Reserve::check_in_force().is_err());
			GuardParams::set(guard);
		});
	}
}

mod grants {
	//! The grants line: who earns, how much, from what, and how the rules move its share.

	use super::*;
	use atelier_primitives::models::ModelId;

	fn serve(model: u32, paid_away: u128) {
		<Reserve as atelier_primitives::activity::Metrics<AccountId>>::served(
			&ModelId(model),
			1,
			paid_away,
			paid_away,
		);
	}

	fn pct(n: u32) -> Permill {
		Permill::from_percent(n)
	}

	fn free(who: AccountId) -> u128 {
		Balances::free_balance(who)
	}

	#[test]
	fn the_line_pays_each_earning_model_a_share_of_its_quality_weighted_demand() {
		ExtBuilder::default().build_and_execute(|| {
			// Model 1 (Bob's) scores 80%, model 2 (the whale's) 50%; model 4 earns nothing
			// (no fresh quality, or a fine-tune no better than its base).
			Qualities::set(vec![(ModelId(1), BOB, 800_000), (ModelId(2), WHALE, 500_000)]);
			fee_shares(1_000 * UNIT);
			serve(1, 100 * UNIT);
			serve(2, 200 * UNIT);
			serve(4, 300 * UNIT);
			let (bob, whale) = (free(BOB), free(WHALE));
			run_period();
			// 10% of 100 × 80%, and 10% of 200 × 50%.
			assert_eq!(free(BOB) - bob, 8 * UNIT);
			assert_eq!(free(WHALE) - whale, 10 * UNIT);
			assert!(events().contains(&Event::GrantPaid {
				period: 0,
				model: ModelId(1),
				owner: BOB,
				quality: 800_000,
				paid_away: 100 * UNIT,
				amount: 8 * UNIT,
			}));
			assert!(events().contains(&Event::Granted {
				period: 0,
				share: pct(10),
				line: 18 * UNIT,
				paid: 18 * UNIT,
				models: 2,
				below_floor: false,
			}));
			assert_eq!(TotalGranted::<Test>::get(), 18 * UNIT);
			// The list starts again, and so does each model's count.
			assert!(Leaders::<Test>::get().is_empty());
			serve(1, 10 * UNIT);
			assert_eq!(ModelDemands::<Test>::get(ModelId(1)).paid_away, 10 * UNIT);
		});
	}

	#[test]
	fn the_line_pays_out_of_the_inflow_and_nothing_below_the_runway_floor() {
		ExtBuilder::default().build_and_execute(|| {
			Qualities::set(vec![(ModelId(1), BOB, 800_000), (ModelId(2), WHALE, 500_000)]);
			// An inflow of 9 ATL against a line of 18: each grant is halved.
			fee_shares(9 * UNIT);
			serve(1, 100 * UNIT);
			serve(2, 200 * UNIT);
			let (bob, whale) = (free(BOB), free(WHALE));
			run_period();
			assert_eq!(free(BOB) - bob, 4 * UNIT);
			assert_eq!(free(WHALE) - whale, 5 * UNIT);
			assert_eq!(
				LastGrants::<Test>::get().map(|g| (g.line, g.paid)),
				Some((18 * UNIT, 9 * UNIT))
			);
			// No inflow, no grant: the reserve's holdings are never paid out.
			serve(1, 100 * UNIT);
			let bob = free(BOB);
			run_period();
			assert_eq!(free(BOB), bob);
			// A budget whose runway floor (three days) is above the reserve's aUSD: the
			// infrastructure comes first, and the share steps down.
			assert_ok!(Reserve::set_budget_line(RuntimeOrigin::root(), WHALE, 100_000 * DOLLAR));
			fee_shares(1_000 * UNIT);
			serve(1, 100 * UNIT);
			let bob = free(BOB);
			run_period();
			assert_eq!(free(BOB), bob);
			let report = LastGrants::<Test>::get().unwrap();
			assert!(report.below_floor && report.paid == 0);
			assert_eq!(Reserve::steered().grants, pct(8));
		});
	}

	#[test]
	fn the_most_demanded_models_are_kept_exactly() {
		ExtBuilder::default().build_and_execute(|| {
			// The mock keeps three.
			serve(1, 10);
			serve(2, 20);
			serve(3, 30);
			serve(4, 15);
			let mut leaders = Leaders::<Test>::get().into_inner();
			leaders.sort();
			assert_eq!(leaders, vec![(ModelId(2), 20), (ModelId(3), 30), (ModelId(4), 15)]);
			// Model 1 comes back with its whole period's demand.
			serve(1, 10);
			let mut leaders = Leaders::<Test>::get().into_inner();
			leaders.sort();
			assert_eq!(leaders, vec![(ModelId(1), 20), (ModelId(2), 20), (ModelId(3), 30)]);
			// Any order of reports: the list holds the largest totals.
			run_period();
			let mut totals = [0u128; 8];
			let mut seed = 7u64;
			for _ in 0..500 {
				seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
				let model = (seed >> 33) % 8;
				let amount = u128::from((seed >> 40) % 100 + 1);
				totals[model as usize] += amount;
				serve(model as u32, amount);
				let mut kept: Vec<u128> =
					Leaders::<Test>::get().iter().map(|(_, demand)| *demand).collect();
				kept.sort_unstable_by(|a, b| b.cmp(a));
				let mut best: Vec<u128> = totals.iter().copied().filter(|t| *t > 0).collect();
				best.sort_unstable_by(|a, b| b.cmp(a));
				best.truncate(3);
				assert_eq!(kept, best);
				for (model, demand) in Leaders::<Test>::get() {
					assert_eq!(totals[model.0 as usize], demand);
				}
			}
		});
	}

	/// Attack: a model owner pays for jobs of its own model to earn grants. Its grant is at
	/// most the share's top (20%) of what it paid away: it loses at least 80% of it.
	#[test]
	fn demand_faked_for_a_grant_costs_more_than_it_earns() {
		ExtBuilder::default().build_and_execute(|| {
			Qualities::set(vec![(ModelId(9), BOB, 1_000_000)]);
			assert_ok!(Reserve::set_steering(
				RuntimeOrigin::root(),
				SteeringMode::Fixed {
					targets: TargetParams::get(),
					discount: pct(3),
					grants: pct(20)
				}
			));
			let bob = free(BOB);
			// Bob's self-dealt jobs pay 500 ATL away (to the reserve, in the mock).
			assert_ok!(Balances::transfer_allow_death(
				RuntimeOrigin::signed(BOB),
				RESERVE,
				500 * UNIT
			));
			serve(9, 500 * UNIT);
			run_period();
			let lost = bob - free(BOB);
			assert_eq!(lost, 400 * UNIT, "a perfect score at the top share returns a fifth");
		});
	}

	#[test]
	fn an_engagement_slump_raises_the_share_inside_its_range() {
		ExtBuilder::default().build_and_execute(|| {
			let engage = |n: u64| {
				for who in 0..n {
					<Reserve as atelier_primitives::activity::Metrics<AccountId>>::engaged(
						&(100 + who),
					);
				}
			};
			for _ in 0..3 {
				engage(10);
				run_period();
			}
			assert_eq!(Reserve::steered().grants, pct(10));
			for step in 1..=6u32 {
				engage(1);
				run_period();
				assert_eq!(Reserve::steered().grants, pct((10 + 2 * step).min(20)));
			}
			// Engagement back at its average: a step a period towards the policy's own.
			let average = Averages::<Test>::get().engaged();
			engage(u64::from(average));
			run_period();
			assert_eq!(Reserve::steered().grants, pct(18));
			// Frozen: it stays.
			assert_ok!(Reserve::set_steering(RuntimeOrigin::root(), SteeringMode::Frozen));
			engage(1);
			run_period();
			assert_eq!(Reserve::steered().grants, pct(18));
		});
	}

	#[test]
	fn grants_policies_and_the_share_in_force_are_checked() {
		ExtBuilder::default().build_and_execute(|| {
			let policy = GrantsParams::get();
			assert_ok!(Reserve::check_grants_with(&policy));
			let range = |min, max| TargetRange { min: pct(min), max: pct(max) };
			for bad in [
				GrantsPolicy { share: pct(10), range: range(5, 51) },
				GrantsPolicy { share: pct(10), range: range(12, 20) },
				GrantsPolicy { share: pct(10), range: range(20, 5) },
			] {
				assert!(Reserve::check_grants_with(&bad).is_err());
			}
			// A range narrowed under the share the rules moved to.
			SteeredNow::<Test>::put(Steered { grants: pct(20), ..Reserve::base() });
			assert_ok!(Reserve::check_in_force());
			GrantsParams::set(GrantsPolicy { share: pct(10), range: range(5, 15) });
			assert!(Reserve::check_in_force().is_err());
			GrantsParams::set(policy);
		});
	}

	#[test]
	fn the_migration_adds_the_grants_share_and_drops_the_old_report() {
		use crate::migrations::v1::{SteeredV0, SteeringModeV0};
		use codec::Encode;
		use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
		ExtBuilder::default().build_and_execute(|| {
			StorageVersion::new(0).put::<Reserve>();
			let targets = Allocation { stable: pct(60), pol: pct(25), atl: pct(15) };
			let put = |key: Vec<u8>, value: Vec<u8>| {
				frame_support::storage::unhashed::put_raw(&key, &value)
			};
			put(
				SteeredNow::<Test>::hashed_key().to_vec(),
				SteeredV0 { targets, discount: pct(2) }.encode(),
			);
			put(
				Mode::<Test>::hashed_key().to_vec(),
				SteeringModeV0::Fixed { targets, discount: pct(2) }.encode(),
			);
			put(LastSteering::<Test>::hashed_key().to_vec(), vec![1, 2, 3]);
			crate::migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();
			assert_eq!(Reserve::on_chain_storage_version(), 1);
			assert_eq!(
				SteeredNow::<Test>::get(),
				Some(Steered { targets, discount: pct(2), grants: pct(10) })
			);
			assert_eq!(
				Mode::<Test>::get(),
				SteeringMode::Fixed { targets, discount: pct(2), grants: pct(10) }
			);
			assert!(LastSteering::<Test>::get().is_none());
			// Run again, it changes nothing.
			SteeredNow::<Test>::put(Steered {
				grants: pct(12),
				..SteeredNow::<Test>::get().unwrap()
			});
			crate::migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();
			assert_eq!(SteeredNow::<Test>::get().map(|s| s.grants), Some(pct(12)));
		});
	}
}
