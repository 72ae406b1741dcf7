use crate::{features::score, mock::*, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, tokens::nonfungibles_v2::Inspect as _, Hooks},
};
use proptest::prelude::*;
use sp_runtime::{DispatchError, TokenError};

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Stake.into(), &who)
}

fn record(who: AccountId) -> RecordOf<Test> {
	Reputations::<Test>::get(who).expect("a record")
}

fn collection() -> u32 {
	ReputationCollection::<Test>::get().expect("the collection")
}

fn attribute(who: AccountId, key: &[u8]) -> Option<String> {
	let item = record(who).item;
	Nfts::system_attribute(&collection(), Some(&item), key)
		.map(|v| String::from_utf8(v).expect("ascii"))
}

fn create(who: AccountId, creation: Creation) {
	<Reputation as Observer<AccountId>>::created(&who, creation);
}

fn offend(who: AccountId, offence: Offence) {
	<Reputation as Observer<AccountId>>::offended(&who, offence);
}

/// A worker's report: its part of what `units` compute units paid to the reserve and burned is
/// `units` (one point per ten).
fn compute(units: u64) -> Creation {
	Creation::ComputeDelivered { units, paid: u128::from(units) * 10, spent: u128::from(units) }
}

// Stake.

#[test]
fn integrity_test_accepts_the_mock() {
	ExtBuilder::default().build_and_execute(|| {
		<Reputation as Hooks<u64>>::integrity_test();
	});
}

#[test]
fn a_first_stake_holds_it_opens_a_record_and_mints_a_soulbound_item() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), 10_000));
		assert_eq!(held(ALICE), 10_000);
		let r = record(ALICE);
		assert_eq!((r.staked, r.stake_since, r.item), (10_000, 1, 0));
		assert_eq!(Nfts::owner(collection(), 0), Some(ALICE));
		assert!(!Nfts::can_transfer(&collection(), &0));
		assert_eq!(attribute(ALICE, b"score").as_deref(), Some("0"));
		assert_eq!(attribute(ALICE, b"tier").as_deref(), Some("0"));
		assert_eq!(attribute(ALICE, b"updated").as_deref(), Some("1"));
		System::assert_has_event(Event::ItemMinted { who: ALICE, item: 0 }.into());
		System::assert_has_event(Event::ScoreUpdated { who: ALICE, score: 0, tier: 0 }.into());
		System::assert_last_event(
			Event::Staked { who: ALICE, amount: 10_000, staked: 10_000 }.into(),
		);
		// A top-up keeps the one item.
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), 10_000));
		assert_eq!(
			(record(ALICE).staked, record(ALICE).item, NextItem::<Test>::get()),
			(20_000, 0, 1)
		);
	});
}

#[test]
fn stake_refuses_bad_amounts_and_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Reputation::stake(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Reputation::stake(RuntimeOrigin::signed(ALICE), LEAST_STAKE - 1),
			Error::<Test>::BelowMinStake
		);
		assert_noop!(
			Reputation::stake(RuntimeOrigin::signed(ALICE), INITIAL + 1),
			TokenError::FundsUnavailable
		);
		assert_noop!(
			Reputation::stake(RuntimeOrigin::none(), LEAST_STAKE),
			DispatchError::BadOrigin
		);
		assert!(Reputations::<Test>::get(ALICE).is_none());
		assert_eq!(NextItem::<Test>::get(), 0);
	});
}

/// Attack: borrow a large stake for one vote. A top-up ages from zero: the average start moves
/// toward the top-up's block in proportion to its size, so the stake points barely move.
#[test]
fn a_top_up_ages_from_zero_and_stake_grows_to_maturity() {
	ExtBuilder::default().build_and_execute(|| {
		// Creation enough that stake is not capped by it.
		create(ALICE, compute(1_000));
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), 10_000));
		// 100 units: √100 × 10 = 100 stake points at maturity; none at first.
		assert_eq!(Reputation::reputation_of(&ALICE).stake_points, 0);
		System::set_block_number(51);
		assert_eq!(Reputation::reputation_of(&ALICE).stake_points, 50);
		System::set_block_number(101);
		assert_eq!(Reputation::reputation_of(&ALICE).stake_points, 100);
		System::set_block_number(1_000);
		assert_eq!(Reputation::reputation_of(&ALICE).stake_points, 100);
		// Borrow 30× the stake for a block: 3 100 units would be ~556 points mature, but the
		// average age drops to 1/31 of what it was: since = 1 + ⌈999 × 30/31⌉ = 968.
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), 300_000));
		assert_eq!(record(ALICE).stake_since, 968);
		// √3 100 = 55 roots, 550 points at maturity, 32% of the way there.
		assert_eq!(Reputation::reputation_of(&ALICE).stake_points, 176);
	});
}

// The score and the sybil property.

#[test]
fn stake_alone_earns_no_score_and_counts_only_beside_creation() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), 1_000_000 - 1_000));
		System::set_block_number(1_000);
		let info = Reputation::reputation_of(&ALICE);
		// √9 990 = 99 roots: 990 stake points, none counted without creation.
		assert_eq!(
			(info.stake_points, info.counted_stake_points, info.score, info.tier),
			(990, 0, 0, 0)
		);
		// 30 creation points let 60 stake points count (twice the creation).
		create(ALICE, compute(300));
		let info = Reputation::reputation_of(&ALICE);
		assert_eq!((info.creation, info.counted_stake_points, info.score), (30, 60, 90));
		assert_eq!(attribute(ALICE, b"score").as_deref(), Some("90"));
	});
}

/// Attack: split one stake over many accounts, since a square root rewards splitting. With no
/// creation each account scores zero, so the split is worth exactly what the whole is: nothing,
/// and no account rises above the lowest tier.
#[test]
fn splitting_a_stake_over_many_accounts_without_creation_yields_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let total: Balance = 100 * 9_000;
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), total));
		for sybil in 100..200 {
			assert_ok!(Reputation::stake(RuntimeOrigin::signed(sybil), total / 100));
		}
		System::set_block_number(10_000);
		let whole = Reputation::score_of(&ALICE);
		let split: Points = (100..200).map(|s| Reputation::score_of(&s)).sum();
		assert_eq!((whole, split), (0, 0));
		assert!((100..200).all(|s| Reputation::tier_now(&s) == 0));
		// Each sybil has stake points a creator would count: the rule, not a lack of stake,
		// keeps them at zero.
		assert_eq!(Reputation::reputation_of(&100).stake_points, 90);
	});
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(256))]

	/// The score rises with stake and with creation, falls with penalties, and its stake part
	/// is concave: a second equal stake adds no more than the first did.
	#[test]
	fn the_score_is_monotone_and_concave_in_stake(
		units in 0u128..1_000_000_000_000,
		extra in 0u128..1_000_000_000_000,
		creation in 0u64..1_000_000_000,
		more_creation in 0u64..1_000_000,
		penalties in 0u64..1_000_000_000,
		age in 0u64..2_000,
	) {
		let sp = |u| score::stake_points(u, 10, age, 1_000);
		let s = |u, c| score::score(c, sp(u), 2, penalties);
		prop_assert!(s(units + extra, creation) >= s(units, creation));
		prop_assert!(s(units, creation + more_creation) >= s(units, creation));
		prop_assert!(score::score(creation, sp(units), 2, penalties + 1) <= s(units, creation));
		// Concave: from 0 to u adds at least as much as from u to 2u (up to one root of
		// rounding, scaled).
		let first = sp(units);
		let second = sp(2 * units) - sp(units);
		prop_assert!(second <= first + 10);
	}

	/// Sybil: with no creation, any split of a stake over any number of accounts scores what
	/// keeping it whole scores (zero), so vote weight cannot be gained by splitting.
	#[test]
	fn no_split_without_creation_beats_the_whole(
		parts in proptest::collection::vec(1u128..1_000_000_000, 1..64),
		age in 0u64..5_000,
	) {
		let total: u128 = parts.iter().sum();
		let score = |u| score::score(0, score::stake_points(u, 10, age, 1_000), 2, 0);
		let split: u64 = parts.iter().map(|u| score(*u)).sum();
		prop_assert!(split <= score(total));
		prop_assert_eq!(score::tier_of(split.max(score(total)), &[100, 500, 2_000]), 0);
	}

	/// Decay never raises a value and takes any value to zero without activity.
	#[test]
	fn decay_falls_toward_zero(value in 0u64..u64::MAX, periods in 0u32..10_000) {
		let retention = sp_runtime::Perbill::from_parts(977_159_968);
		let once = score::decay(value, retention, periods);
		prop_assert!(once <= value);
		prop_assert!(score::decay(value, retention, periods + 1) <= once);
		prop_assert_eq!(score::decay(value, retention, 2_000), 0);
	}

	/// However much is reported in a period, an account earns at most the sum of the caps.
	#[test]
	fn growth_per_period_is_bounded(
		reports in proptest::collection::vec((0u8..5, 0u64..1_000_000), 1..40),
	) {
		ExtBuilder::default().build().execute_with(|| {
			for (kind, amount) in &reports {
				let creation = match kind {
					0 => compute(*amount),
					1 => Creation::LicensingEarned { amount: u128::from(*amount), spent: u128::from(*amount) },
					2 => Creation::OutputSold { asset: None, price: u128::from(*amount), spent: u128::from(*amount), external: false },
					3 => Creation::RoyaltiesClaimed { asset: Some(USD), amount: u128::from(*amount) },
					_ => Creation::AttestationUpheld { forfeited: 1 },
				};
				create(ALICE, creation);
			}
			let earned = Reputations::<Test>::get(ALICE).map_or(0, |r| r.creation);
			assert!(earned <= default_rates().cap_per_period());
			Reputation::do_try_state().expect("invariants hold");
		});
	}
}

// Unstaking, withdrawal, vote locks and slashes.

#[test]
fn unstaked_funds_stop_counting_stay_held_and_are_withdrawn_after_unbonding() {
	ExtBuilder::default().build_and_execute(|| {
		create(ALICE, compute(5_000));
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), 40_000));
		System::set_block_number(200);
		assert_eq!(Reputation::reputation_of(&ALICE).stake_points, 200);
		assert_ok!(Reputation::unstake(RuntimeOrigin::signed(ALICE), 30_000));
		System::assert_has_event(
			Event::Unbonding { who: ALICE, amount: 30_000, unlocks_at: 200 + UNBONDING }.into(),
		);
		// 10 000 counts (100 points); the 30 000 is held but counts nothing.
		let info = Reputation::reputation_of(&ALICE);
		assert_eq!((info.staked, info.unbonding, info.stake_points), (10_000, 30_000, 100));
		assert_eq!(held(ALICE), 40_000);
		assert_noop!(
			Reputation::withdraw_unbonded(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::NothingToWithdraw
		);
		System::set_block_number(200 + UNBONDING);
		let free = Balances::free_balance(ALICE);
		assert_ok!(Reputation::withdraw_unbonded(RuntimeOrigin::signed(ALICE)));
		assert_eq!((held(ALICE), Balances::free_balance(ALICE)), (10_000, free + 30_000));
		System::assert_last_event(Event::Withdrawn { who: ALICE, amount: 30_000 }.into());
	});
}

#[test]
fn unstake_refuses_bad_amounts_and_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Reputation::unstake(RuntimeOrigin::signed(ALICE), 1),
			Error::<Test>::NoReputation
		);
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), 5_000));
		assert_noop!(
			Reputation::unstake(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			Reputation::unstake(RuntimeOrigin::signed(ALICE), 5_001),
			Error::<Test>::InsufficientStake
		);
		// 4 500 would leave 500, below the least stake; all of it is fine.
		assert_noop!(
			Reputation::unstake(RuntimeOrigin::signed(ALICE), 4_500),
			Error::<Test>::BelowMinStake
		);
		assert_noop!(
			Reputation::withdraw_unbonded(RuntimeOrigin::signed(BOB)),
			Error::<Test>::NoReputation
		);
		// One chunk a block, up to four; unstaking twice in a block adds to the same chunk.
		assert_ok!(Reputation::unstake(RuntimeOrigin::signed(ALICE), 100));
		assert_ok!(Reputation::unstake(RuntimeOrigin::signed(ALICE), 100));
		assert_eq!(record(ALICE).unbonding.len(), 1);
		for block in 2..=4 {
			System::set_block_number(block);
			assert_ok!(Reputation::unstake(RuntimeOrigin::signed(ALICE), 100));
		}
		System::set_block_number(5);
		assert_noop!(
			Reputation::unstake(RuntimeOrigin::signed(ALICE), 100),
			Error::<Test>::TooManyUnbonding
		);
	});
}

#[test]
fn withdrawing_the_last_stake_of_an_account_without_creation_burns_its_item() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), 5_000));
		assert_ok!(Reputation::unstake(RuntimeOrigin::signed(ALICE), 5_000));
		System::set_block_number(1 + UNBONDING);
		assert_ok!(Reputation::withdraw_unbonded(RuntimeOrigin::signed(ALICE)));
		assert!(Reputations::<Test>::get(ALICE).is_none());
		assert_eq!(Nfts::owner(collection(), 0), None);
		assert_eq!(Balances::free_balance(ALICE), INITIAL);
		System::assert_has_event(Event::Cleared { who: ALICE, item: 0 }.into());
		// A new stake gets a new item.
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), 5_000));
		assert_eq!(record(ALICE).item, 1);
	});
}

/// Attack: vote, then unstake and move the stake to another account to vote again. The stake
/// behind an open vote stays put until the poll ends.
#[test]
fn stake_behind_an_open_vote_cannot_be_unstaked_until_the_poll_ends() {
	ExtBuilder::default().build_and_execute(|| {
		create(ALICE, compute(1_000));
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), 20_000));
		assert_ok!(<Reputation as VoteStake<AccountId>>::lock_for_vote(&ALICE, 7));
		System::assert_last_event(Event::VoteLocked { who: ALICE, poll: 7, amount: 20_000 }.into());
		assert_noop!(
			Reputation::unstake(RuntimeOrigin::signed(ALICE), 1),
			Error::<Test>::StakeLockedByVote
		);
		// Stake added after the vote is free to leave again.
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), 5_000));
		assert_ok!(Reputation::unstake(RuntimeOrigin::signed(ALICE), 5_000));
		// Three locks at most; the poll ending releases its lock.
		assert_ok!(<Reputation as VoteStake<AccountId>>::lock_for_vote(&ALICE, 8));
		assert_ok!(<Reputation as VoteStake<AccountId>>::lock_for_vote(&ALICE, 9));
		assert_noop!(
			<Reputation as VoteStake<AccountId>>::lock_for_vote(&ALICE, 10),
			Error::<Test>::TooManyVoteLocks
		);
		for poll in [7, 8, 9] {
			<Reputation as VoteStake<AccountId>>::unlock_vote(&ALICE, poll);
		}
		System::assert_last_event(Event::VoteUnlocked { who: ALICE, poll: 9 }.into());
		assert_ok!(Reputation::unstake(RuntimeOrigin::signed(ALICE), 20_000));
		// The weight of a vote is the score.
		assert_eq!(
			<Reputation as VoteStake<AccountId>>::vote_weight(&ALICE),
			Reputation::score_of(&ALICE)
		);
		// No record, nothing to lock.
		assert_ok!(<Reputation as VoteStake<AccountId>>::lock_for_vote(&BOB, 1));
		assert!(Reputations::<Test>::get(BOB).is_none());
	});
}

/// Attack: unstake as soon as a violation is suspected. Unbonding stake stays slashable.
#[test]
fn a_slash_takes_counted_then_unbonding_stake_to_the_reserve() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), 10_000));
		assert_ok!(Reputation::unstake(RuntimeOrigin::signed(ALICE), 8_000));
		let reserve = Balances::free_balance(RESERVE);
		// Half of the 10 000 held: the 2 000 counted, then 3 000 of the unbonding.
		let taken = <Reputation as StakeSlash<AccountId>>::slash_stake(
			&ALICE,
			sp_runtime::Perbill::from_percent(50),
		);
		assert_eq!(taken, 5_000);
		assert_eq!(held(ALICE), 5_000);
		assert_eq!(Balances::free_balance(RESERVE), reserve + 5_000);
		let r = record(ALICE);
		assert_eq!((r.staked, r.unbonding[0].amount), (0, 5_000));
		System::assert_last_event(Event::Slashed { who: ALICE, amount: 5_000 }.into());
		// No record, nothing to take.
		assert_eq!(
			<Reputation as StakeSlash<AccountId>>::slash_stake(&BOB, sp_runtime::Perbill::one()),
			0
		);
	});
}

// Reports.

#[test]
fn each_kind_of_creation_earns_its_rate() {
	ExtBuilder::default().build_and_execute(|| {
		create(ALICE, compute(255));
		create(ALICE, Creation::LicensingEarned { amount: 1_000, spent: 1_000 });
		create(
			ALICE,
			Creation::OutputSold { asset: None, price: 2_000, spent: 2_000, external: false },
		);
		// One aUSD is worth ten: 500 aUSD of royalties is 5 000 of value, 50 points.
		create(ALICE, Creation::RoyaltiesClaimed { asset: Some(USD), amount: 500 });
		create(ALICE, Creation::AttestationUpheld { forfeited: 1 });
		let r = record(ALICE);
		assert_eq!(
			(r.earned.compute, r.earned.licensing, r.earned.sales, r.earned.royalties),
			(25, 10, 20, 50)
		);
		assert_eq!((r.earned.attestations, r.creation), (50, 155));
		System::assert_last_event(
			Event::Credited { who: ALICE, kind: CreationKind::Attestations, points: 50 }.into(),
		);
	});
}

/// Attack: farm points by reporting dust (a sale at a price of 1, an unknown asset) to open
/// records and items for free. A report worth no point changes nothing.
#[test]
fn reports_worth_no_point_open_no_record() {
	ExtBuilder::default().build_and_execute(|| {
		create(ALICE, compute(9));
		create(ALICE, Creation::OutputSold { asset: None, price: 1, spent: 1, external: false });
		create(
			ALICE,
			Creation::OutputSold {
				asset: Some(42),
				price: 1_000_000,
				spent: 1_000_000,
				external: false,
			},
		);
		assert!(Reputations::<Test>::get(ALICE).is_none());
		assert_eq!(NextItem::<Test>::get(), 0);
	});
}

/// Attack: self-dealing (selling to oneself, over and over) to pump creation. Each kind is
/// capped per account and period; the cap resets with the period, after decay.
#[test]
fn creation_is_capped_per_period_and_decays_by_half_each_period() {
	ExtBuilder::default().build_and_execute(|| {
		for _ in 0..10 {
			create(
				ALICE,
				Creation::OutputSold { asset: None, price: 5_000, spent: 5_000, external: false },
			);
		}
		assert_eq!(record(ALICE).creation, 100);
		// Other kinds have their own caps.
		create(ALICE, compute(10_000));
		assert_eq!(record(ALICE).creation, 200);
		// Next period (blocks 10..19): decayed to 100, and the caps are fresh.
		System::set_block_number(PERIOD);
		assert_eq!(Reputation::reputation_of(&ALICE).creation, 100);
		create(
			ALICE,
			Creation::OutputSold { asset: None, price: 50_000, spent: 50_000, external: false },
		);
		assert_eq!(record(ALICE).creation, 200);
		// Without activity, halving each period: 200 → 100 → 50 → 25 → 12 …, to zero.
		System::set_block_number(4 * PERIOD);
		assert_eq!(Reputation::reputation_of(&ALICE).creation, 25);
		System::set_block_number(20 * PERIOD);
		assert_eq!(Reputation::reputation_of(&ALICE).creation, 0);
		// The item shows the last written score until the record is refreshed; refreshing an
		// empty record burns its item.
		assert_eq!(attribute(ALICE, b"score").as_deref(), Some("200"));
		assert_ok!(Reputation::refresh(RuntimeOrigin::signed(BOB), ALICE));
		assert!(Reputations::<Test>::get(ALICE).is_none());
		assert_noop!(
			Reputation::refresh(RuntimeOrigin::signed(BOB), ALICE),
			Error::<Test>::NoReputation
		);
	});
}

#[test]
fn penalties_lower_the_score_stick_without_a_record_and_decay_slower() {
	ExtBuilder::default().build_and_execute(|| {
		create(ALICE, compute(1_000));
		offend(ALICE, Offence::MissedDeadline);
		assert_eq!(Reputation::score_of(&ALICE), 90);
		offend(ALICE, Offence::Violation);
		assert_eq!(Reputation::score_of(&ALICE), 0);
		System::assert_last_event(
			Event::Penalized { who: ALICE, offence: Offence::Violation, points: 200 }.into(),
		);
		// An offender without a record gets one: the penalty waits for its next creation.
		offend(BOB, Offence::DisputeUpheld);
		assert_eq!(record(BOB).penalties, 50);
		create(BOB, compute(1_000));
		assert_eq!(Reputation::score_of(&BOB), 50);
		// Penalties keep 80% a period, creation 50%.
		System::set_block_number(PERIOD);
		let info = Reputation::reputation_of(&BOB);
		assert_eq!((info.creation, info.penalties, info.score), (50, 40, 10));
	});
}

/// The validator election ranks candidates by `Scores::score`: the vote weight now, with the
/// decay and the maturing since the record was written applied in memory, nothing written, and
/// the founding seed while it lasts.
#[test]
fn scores_are_the_vote_weight_now_and_write_nothing() {
	ExtBuilder::default()
		.with_founders(vec![(ALICE, 1_000)], 4_000)
		.build_and_execute(|| {
			use atelier_primitives::reputation::Scores;
			let score = <Reputation as Scores<AccountId>>::score;
			assert_eq!(<Reputation as VoteStake<AccountId>>::vote_weight(&ALICE), 1_000);
			assert_eq!(score(&ALICE), 1_000);
			assert_eq!(score(&CHARLIE), 0);
			CreationMaturity::set(1);
			create(BOB, compute(1_000));
			// Credited in period 0, it matures in period 1: no score yet.
			assert_eq!(score(&BOB), 0);
			System::set_block_number(PERIOD);
			assert_eq!(score(&BOB), 100);
			// A period later it has halved; the record still holds the points as credited.
			System::set_block_number(2 * PERIOD);
			assert_eq!(score(&BOB), 50);
			assert_eq!(score(&BOB), Reputation::score_of(&BOB));
			let stored = record(BOB);
			assert_eq!((stored.creation, stored.maturing.to_vec()), (0, vec![(0, 100)]));
		});
}

/// A validator's offences weigh as the offences the penalties parameter already prices: an
/// equivocation as a violation, an idle session as a missed deadline.
#[test]
fn validator_offences_are_charged_as_a_violation_and_a_missed_deadline() {
	ExtBuilder::default().build_and_execute(|| {
		offend(ALICE, Offence::Equivocation);
		offend(BOB, Offence::Idle);
		assert_eq!((record(ALICE).penalties, record(BOB).penalties), (200, 10));
		System::assert_last_event(
			Event::Penalized { who: BOB, offence: Offence::Idle, points: 10 }.into(),
		);
	});
}

#[test]
fn tiers_follow_the_thresholds_and_say_what_the_next_needs() {
	ExtBuilder::default().build_and_execute(|| {
		let info = Reputation::reputation_of(&ALICE);
		assert_eq!(
			(info.tier, info.next_tier_at, info.next_tier_needs, info.item),
			(0, Some(100), 100, None)
		);
		create(ALICE, compute(1_000));
		assert_eq!(<Reputation as Tiers<AccountId>>::tier(&ALICE), 1);
		assert_eq!(attribute(ALICE, b"tier").as_deref(), Some("1"));
		let info = Reputation::reputation_of(&ALICE);
		assert_eq!((info.score, info.next_tier_at, info.next_tier_needs), (100, Some(500), 400));
		// Governance lowers tier 2: the tier follows at once.
		TierThresholds::set([100, 100, 2_000]);
		assert_eq!(Reputation::tier_now(&ALICE), 2);
		// Thresholds out of order never skip a tier.
		TierThresholds::set([100, 5_000, 50]);
		assert_eq!(Reputation::tier_now(&ALICE), 1);
		TierThresholds::set([100, 500, 2_000]);
		// Every tier reached: nothing more needed. A mature stake beside a period's full
		// creation (500, every cap) counts 940 points: 1 440 with tier 3 at 1 000.
		TierThresholds::set([100, 500, 1_000]);
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), 900_000));
		System::set_block_number(System::block_number() + MATURITY);
		for kind in 0..5 {
			let c = match kind {
				0 => compute(1_000_000),
				1 => Creation::LicensingEarned { amount: 1_000_000, spent: 1_000_000 },
				2 => Creation::OutputSold {
					asset: None,
					price: 1_000_000,
					spent: 1_000_000,
					external: false,
				},
				3 => Creation::RoyaltiesClaimed { asset: None, amount: 1_000_000 },
				_ => Creation::AttestationUpheld { forfeited: 1 },
			};
			create(ALICE, c);
			create(ALICE, c);
		}
		let info = Reputation::reputation_of(&ALICE);
		assert_eq!((info.creation, info.counted_stake_points, info.score), (500, 940, 1_440));
		assert_eq!((info.tier, info.next_tier_at, info.next_tier_needs), (3, None, 0));
	});
}

/// A report that cannot be recorded never fails its reporter, and changes nothing.
#[test]
fn a_report_that_cannot_be_recorded_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		NextItem::<Test>::put(u32::MAX);
		create(ALICE, compute(1_000));
		offend(ALICE, Offence::Violation);
		assert!(Reputations::<Test>::get(ALICE).is_none());
		assert_eq!(NextItem::<Test>::get(), u32::MAX);
		assert_noop!(
			Reputation::stake(RuntimeOrigin::signed(ALICE), LEAST_STAKE),
			Error::<Test>::ItemsExhausted
		);
		NextItem::<Test>::put(0);
	});
}

// The soulbound item.

/// Attack: sell or give away a reputation (or buy one). Every path that could move, burn or
/// approve the item is refused.
#[test]
fn the_item_cannot_be_transferred_burnt_approved_sold_or_swapped() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), 5_000));
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(BOB), 5_000));
		let (c, item) = (collection(), 0);
		let alice = RuntimeOrigin::signed(ALICE);
		assert_noop!(
			Nfts::transfer(alice.clone(), c, item, BOB),
			pallet_nfts::Error::<Test>::ItemLocked
		);
		assert_noop!(Nfts::burn(alice.clone(), c, item), pallet_nfts::Error::<Test>::ItemLocked);
		assert_noop!(
			Nfts::approve_transfer(alice.clone(), c, item, BOB, None),
			pallet_nfts::Error::<Test>::ItemsNonTransferable
		);
		assert_noop!(
			Nfts::set_price(alice.clone(), c, item, Some(1), None),
			pallet_nfts::Error::<Test>::ItemsNonTransferable
		);
		// A swap can be offered, but never claimed.
		assert_ok!(Nfts::create_swap(alice.clone(), c, item, c, Some(1), None, 100));
		assert_noop!(
			Nfts::claim_swap(RuntimeOrigin::signed(BOB), c, 1, c, item, None),
			pallet_nfts::Error::<Test>::ItemLocked
		);
		// Another pallet through the trait.
		assert_noop!(
			<Nfts as frame_support::traits::tokens::nonfungibles_v2::Transfer<AccountId>>::transfer(
				&c, &item, &BOB
			),
			pallet_nfts::Error::<Test>::ItemLocked
		);
		// The collection's owner is the pallet's keyless account; root could force it, and
		// on Atelier root is governance.
		assert_eq!(Nfts::collection_owner(c), Some(Reputation::account_id()));
		assert_eq!(Nfts::owner(c, item), Some(ALICE));
	});
}

// try_state catches what it checks.

fn invariant_catches(corrupt: impl FnOnce(), message: &'static str) {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), 5_000));
		create(ALICE, compute(1_000));
		Reputation::do_try_state().expect("sound before");
		corrupt();
		assert_eq!(Reputation::do_try_state(), Err(message.into()));
	});
}

#[test]
fn try_state_catches_stake_held_but_not_recorded() {
	invariant_catches(
		|| Reputations::<Test>::mutate(ALICE, |r| r.as_mut().unwrap().staked = 4_000),
		"the stake held differs from the stake recorded",
	);
}

#[test]
fn try_state_catches_a_record_without_its_item() {
	invariant_catches(
		|| Reputations::<Test>::mutate(ALICE, |r| r.as_mut().unwrap().item = 7),
		"an item id at or above the next id",
	);
	invariant_catches(
		|| {
			let r = record(ALICE);
			Reputations::<Test>::insert(BOB, r);
			Reputations::<Test>::remove(ALICE);
		},
		"the stake held differs from the stake recorded",
	);
}

#[test]
fn try_state_catches_an_item_without_a_record() {
	invariant_catches(
		|| {
			Reputations::<Test>::remove(ALICE);
			<Balances as frame_support::traits::fungible::MutateHold<AccountId>>::release_all(
				&HoldReason::Stake.into(),
				&ALICE,
				frame_support::traits::tokens::Precision::BestEffort,
			)
			.unwrap();
		},
		"the collection holds an item without a record",
	);
}

#[test]
fn try_state_catches_attributes_that_differ_from_the_score() {
	invariant_catches(
		|| Reputations::<Test>::mutate(ALICE, |r| r.as_mut().unwrap().score = 1),
		"an item's score attribute differs from its record",
	);
	invariant_catches(
		|| Reputations::<Test>::mutate(ALICE, |r| r.as_mut().unwrap().updated_at = 9),
		"an item's update block differs from its record",
	);
}

#[test]
fn genesis_creates_the_collection_owned_by_the_pallet() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Nfts::collection_owner(collection()), Some(Reputation::account_id()));
	});
}

/// Attack: a worker serves its own jobs, or a seller sells to itself, to farm points. Points
/// are priced by what left everyone's control (the reserve's share and the burn), never by the
/// units, the fee paid round between the parties or a declared price.
#[test]
fn creation_is_priced_by_what_left_everyones_control() {
	ExtBuilder::default().build_and_execute(|| {
		// 1 000 units and 2 000 of base fee, 200 of it to the reserve and burned: 20 points.
		create(ALICE, Creation::ComputeDelivered { units: 1_000, paid: 2_000, spent: 200 });
		assert_eq!(record(ALICE).creation, 20);
		// Nothing left anyone's control: nothing earned, no record.
		create(BOB, Creation::ComputeDelivered { units: 1_000, paid: 2_000, spent: 0 });
		create(
			BOB,
			Creation::OutputSold { asset: None, price: 1_000_000, spent: 0, external: true },
		);
		assert!(Reputations::<Test>::get(BOB).is_none());
	});
}

/// Attack 1 (issue 25): points bought today vote today. Creation counts only once it has
/// matured: `CreationMaturity` periods after the period it was credited in; then it decays.
#[test]
fn creation_counts_only_once_it_has_matured() {
	ExtBuilder::default().build_and_execute(|| {
		CreationMaturity::set(3);
		create(
			ALICE,
			Creation::OutputSold { asset: None, price: 8_000, spent: 8_000, external: false },
		);
		let info = Reputation::reputation_of(&ALICE);
		assert_eq!((info.score, info.creation, info.maturing), (0, 0, 80));
		assert_eq!(<Reputation as VoteStake<AccountId>>::vote_weight(&ALICE), 0);
		// More in the next period: a second entry, maturing a period later.
		System::set_block_number(PERIOD);
		create(
			ALICE,
			Creation::OutputSold { asset: None, price: 4_000, spent: 4_000, external: false },
		);
		assert_eq!(record(ALICE).maturing.to_vec(), vec![(0, 80), (1, 40)]);
		System::set_block_number(2 * PERIOD);
		assert_eq!(Reputation::reputation_of(&ALICE).score, 0);
		// Period 3: the first entry counts, undecayed; the second waits.
		System::set_block_number(3 * PERIOD);
		let info = Reputation::reputation_of(&ALICE);
		assert_eq!((info.creation, info.maturing), (80, 40));
		// Period 4: the first halved once, the second joined.
		System::set_block_number(4 * PERIOD);
		let info = Reputation::reputation_of(&ALICE);
		assert_eq!((info.creation, info.maturing, info.score), (80, 0, 80));
		assert_ok!(Reputation::refresh(RuntimeOrigin::signed(BOB), ALICE));
		assert!(record(ALICE).maturing.is_empty());
		assert_eq!(TotalScore::<Test>::get(), 80);
	});
}

/// Attack 8 (issue 25): on a young chain the first account to earn a point is the whole vote.
/// Founders' seeds vote beside their scores and count in the electorate, fading linearly as the
/// community's own score grows to the horizon.
#[test]
fn founders_vote_until_the_community_outgrows_them() {
	ExtBuilder::default()
		.with_founders(vec![(ALICE, 1_000), (BOB, 1_000)], 4_000)
		.build_and_execute(|| {
			let stake = |who| <Reputation as VoteStake<AccountId>>::vote_weight(&who);
			let total = <Reputation as VoteStake<AccountId>>::total_weight;
			assert_eq!(
				(stake(ALICE), stake(BOB), stake(CHARLIE), total()),
				(1_000, 1_000, 0, 2_000)
			);
			// Charlie earns 100 points: a twentieth of the electorate, not all of it.
			create(
				CHARLIE,
				Creation::OutputSold { asset: None, price: 10_000, spent: 10_000, external: false },
			);
			assert_eq!(stake(CHARLIE), 100);
			assert_eq!(total(), 100 + 1_950);
			// At half the horizon the seeds count half; every point earned still adds to the
			// electorate.
			TotalScore::<Test>::put(2_000);
			assert_eq!((stake(ALICE), total()), (500, 3_000));
			// At the horizon they are gone.
			TotalScore::<Test>::put(4_000);
			assert_eq!((stake(ALICE), total()), (0, 4_000));
			TotalScore::<Test>::put(100);
		});
}

#[test]
#[should_panic(expected = "the seed horizon must be at least twice the seeds")]
fn a_genesis_whose_seeds_outweigh_half_the_horizon_does_not_build() {
	ExtBuilder::default().with_founders(vec![(ALICE, 1_000)], 1_999).build();
}

/// The v2 migration: records gain their maturing entries, and the creation they held (earned
/// at the old rates, ten thousand times cheaper) is dropped; stake and the record stay.
#[test]
fn the_v2_migration_drops_creation_bought_at_the_old_prices() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Reputation::stake(RuntimeOrigin::signed(ALICE), LEAST_STAKE));
		create(
			ALICE,
			Creation::OutputSold { asset: None, price: 5_000, spent: 5_000, external: false },
		);
		let new = record(ALICE);
		assert_eq!((new.creation, new.score), (50, 50));
		let old = crate::migrations::v2::OldRecord::<
			Balance,
			u64,
			frame_support::traits::ConstU32<4>,
			frame_support::traits::ConstU32<3>,
		> {
			item: new.item,
			staked: new.staked,
			stake_since: new.stake_since,
			unbonding: new.unbonding.clone(),
			vote_locks: new.vote_locks.clone(),
			creation: new.creation,
			penalties: new.penalties,
			period: new.period,
			earned: new.earned,
			score: new.score,
			tier: new.tier,
			updated_at: new.updated_at,
		};
		frame_support::storage::unhashed::put(&Reputations::<Test>::hashed_key_for(ALICE), &old);
		StorageVersion::new(1).put::<Reputation>();
		CreationMaturity::set(2);
		crate::migrations::v2::MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(Reputation::on_chain_storage_version(), StorageVersion::new(2));
		// Alice's stake keeps her record: its creation is gone, nothing matures.
		let migrated = record(ALICE);
		assert_eq!((migrated.creation, migrated.maturing.to_vec()), (0, vec![]));
		assert_eq!((migrated.score, TotalScore::<Test>::get()), (0, 0));
		assert_eq!(migrated.staked, LEAST_STAKE);
		System::set_block_number(2 * PERIOD);
		assert_eq!(Reputation::reputation_of(&ALICE).creation, 0);
	});
}

/// The electorate governance counts support against is the sum of the records' scores, kept on
/// every write (try_state checks it after every test), and rebuilt from the records by the v1
/// migration on a chain that had records before it existed.
#[test]
fn the_total_score_follows_every_record_and_the_migration_rebuilds_it() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	ExtBuilder::default().build_and_execute(|| {
		create(ALICE, compute(1_000));
		create(BOB, compute(3_000));
		let sum = Reputation::score_of(&ALICE) + Reputation::score_of(&BOB);
		assert!(sum > 0);
		assert_eq!(<Reputation as VoteStake<AccountId>>::total_weight(), sum);
		// A penalty lowers it with the score.
		offend(BOB, Offence::MissedDeadline);
		let sum = Reputation::score_of(&ALICE) + Reputation::score_of(&BOB);
		assert_eq!(TotalScore::<Test>::get(), sum);

		// A chain at storage version 0, without the total.
		TotalScore::<Test>::kill();
		StorageVersion::new(0).put::<Reputation>();
		crate::migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(TotalScore::<Test>::get(), sum);
		assert_eq!(Reputation::on_chain_storage_version(), StorageVersion::new(1));
		// Run again, it changes nothing.
		TotalScore::<Test>::put(7);
		crate::migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(TotalScore::<Test>::get(), 7);
		TotalScore::<Test>::put(sum);
	});
}
