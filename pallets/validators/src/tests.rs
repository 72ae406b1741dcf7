//! Behaviour of the validator election, in its own terms. Every test that builds a chain ends with
//! the pallet's invariants (`do_try_state`) checked by `build_and_execute`.

use crate::{
	features::election::{elect, rank, Outcome},
	mock::*,
	*,
};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::DispatchClass,
	traits::{
		fungible::{Inspect as _, InspectHold},
		Hooks,
	},
	weights::Weight,
};
use pallet_session::{historical::SessionManager as HistoricalSessionManager, SessionManager};
use sp_runtime::{Perbill, TokenError};
use sp_staking::offence::{OffenceDetails, OnOffenceHandler};

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::ValidatorBond.into(), &who)
}

fn free(who: AccountId) -> Balance {
	Balances::balance(&who)
}

fn usd(who: AccountId) -> Balance {
	Assets::balance(USD, who)
}

fn bond_of(who: AccountId) -> Balance {
	Candidates::<Test>::get(who).map_or(0, |c| c.bond)
}

fn active() -> Vec<AccountId> {
	Active::<Test>::get().into_inner()
}

fn register(who: AccountId, bond: Balance) -> sp_runtime::DispatchResult {
	Validators::register_candidate(RuntimeOrigin::signed(who), bond)
}

fn leave(who: AccountId) -> sp_runtime::DispatchResult {
	Validators::leave(RuntimeOrigin::signed(who))
}

fn withdraw(who: AccountId) -> sp_runtime::DispatchResult {
	Validators::withdraw_unbonded(RuntimeOrigin::signed(who))
}

/// `who` gets keys, tier 1 and `score`, and stands with `BOND`.
fn stand(who: AccountId, score: Points) {
	give_keys(who);
	set_reputation(who, score, 1);
	assert_ok!(register(who, BOND));
}

/// `pallet-offences` reports `who`'s equivocation in `session` (BABE's fraction: all of it).
fn report_equivocation(who: AccountId, session: SessionIndex) -> Weight {
	<Validators as OnOffenceHandler<AccountId, (AccountId, ()), Weight>>::on_offence(
		&[OffenceDetails { offender: (who, ()), reporters: vec![] }],
		&[Perbill::one()],
		session,
	)
}

fn params(seats: u32, min_validators: u32, max_seat_changes: u32) -> ElectionParams {
	ElectionParams { seats, min_validators, max_seat_changes, min_bond: 1, min_tier: 0 }
}

// Genesis and configuration.

#[test]
fn genesis_holds_the_bonds_and_sets_the_first_validators() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(active(), vec![ALICE, BOB, CHARLIE]);
		assert_eq!(CandidateList::<Test>::get().into_inner(), vec![ALICE, BOB, CHARLIE]);
		for who in [ALICE, BOB, CHARLIE] {
			assert_eq!((bond_of(who), held(who)), (BOND, BOND));
		}
		// `pallet-session`'s genesis takes the set for sessions 0 and 1; no election runs.
		assert_eq!(
			<Validators as SessionManager<AccountId>>::new_session_genesis(0),
			Some(vec![ALICE, BOB, CHARLIE])
		);
		assert_eq!(
			<Validators as HistoricalSessionManager<AccountId, ()>>::new_session_genesis(1),
			Some(vec![(ALICE, ()), (BOB, ()), (CHARLIE, ())])
		);
	});
}

#[test]
#[should_panic(expected = "a genesis validator's bond is below the election's min_bond")]
fn a_genesis_bond_below_the_least_does_not_build() {
	ExtBuilder::default().with_validators(vec![(ALICE, MIN_BOND - 1)]).build();
}

#[test]
fn integrity_test_accepts_the_mock() {
	ExtBuilder::default().build_and_execute(|| {
		<Validators as Hooks<u64>>::integrity_test();
	});
}

#[test]
fn parameter_checks_refuse_bad_values() {
	let with = |change: fn(&mut ElectionParams)| {
		let mut p = default_election();
		change(&mut p);
		p.check(MAX_VALIDATORS)
	};
	assert_eq!(with(|_| ()), Ok(()));
	assert!(with(|p| p.min_validators = 0).is_err());
	assert!(with(|p| p.min_validators = 5).is_err());
	assert!(with(|p| p.seats = MAX_VALIDATORS + 1).is_err());
	assert!(with(|p| p.max_seat_changes = 0).is_err());
	assert!(with(|p| p.min_bond = 0).is_err());
	// More than two thirds stay: 3 × changes < seats.
	assert!(with(|p| {
		p.seats = 6;
		p.max_seat_changes = 2;
	})
	.is_err());
	assert!(with(|p| {
		p.seats = 6;
		p.max_seat_changes = 1;
	})
	.is_ok());
	// A set of fewer than four seats may change one a session, no more.
	assert!(with(|p| {
		p.seats = 3;
		p.max_seat_changes = 1;
	})
	.is_ok());
	assert!(with(|p| {
		p.seats = 3;
		p.max_seat_changes = 2;
	})
	.is_err());

	assert_eq!(default_penalties().check(), Ok(()));
	let zero = ValidatorPenalties { equivocation_slash: Perbill::zero(), ..default_penalties() };
	assert!(zero.check().is_err());
	let idle_above = ValidatorPenalties {
		equivocation_slash: Perbill::from_percent(5),
		idle_slash: Perbill::from_percent(6),
	};
	assert!(idle_above.check().is_err());
}

#[test]
fn parameters_that_fail_their_checks_keep_the_set() {
	ExtBuilder::default().build_and_execute(|| {
		stand(DAVE, 100);
		Election::set(ElectionParams { max_seat_changes: 0, ..default_election() });
		assert_eq!(rotate_session(), None);
		System::assert_last_event(
			Event::SetKept { session: 2, reason: KeepReason::InvalidParameters }.into(),
		);
	});
}

// Candidacy.

#[test]
fn register_candidate_holds_bond() {
	ExtBuilder::default().build_and_execute(|| {
		give_keys(DAVE);
		set_reputation(DAVE, 50, 1);
		assert_ok!(register(DAVE, BOND));
		assert_eq!((bond_of(DAVE), held(DAVE), free(DAVE)), (BOND, BOND, INITIAL - BOND));
		assert_eq!(CandidateList::<Test>::get().into_inner(), vec![ALICE, BOB, CHARLIE, DAVE]);
		System::assert_last_event(Event::CandidateRegistered { who: DAVE, bond: BOND }.into());
	});
}

#[test]
fn register_fails_without_session_keys() {
	ExtBuilder::default().build_and_execute(|| {
		set_reputation(DAVE, 50, 1);
		assert_noop!(register(DAVE, BOND), Error::<Test>::NoSessionKeys);
		give_keys(DAVE);
		assert_ok!(register(DAVE, BOND));
	});
}

#[test]
fn register_refuses_a_low_tier_a_low_bond_a_candidate_and_a_full_list() {
	ExtBuilder::default().build_and_execute(|| {
		give_keys(DAVE);
		set_reputation(DAVE, 50, 0);
		assert_noop!(register(DAVE, BOND), Error::<Test>::TierTooLow);
		set_reputation(DAVE, 50, 1);
		assert_noop!(register(DAVE, MIN_BOND - 1), Error::<Test>::BondTooLow);
		assert_noop!(register(DAVE, INITIAL + 1), TokenError::FundsUnavailable);
		assert_noop!(register(ALICE, BOND), Error::<Test>::AlreadyCandidate);
		// Three from genesis and seven more fill the list.
		for who in 4..=10 {
			stand(who, 1);
		}
		give_keys(11);
		set_reputation(11, 1, 1);
		assert_noop!(register(11, BOND), Error::<Test>::TooManyCandidates);
	});
}

#[test]
fn bond_more_adds_to_the_bond() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Validators::bond_more(RuntimeOrigin::signed(ALICE), 500));
		assert_eq!((bond_of(ALICE), held(ALICE)), (BOND + 500, BOND + 500));
		System::assert_last_event(
			Event::Bonded { who: ALICE, amount: 500, bond: BOND + 500 }.into(),
		);
		assert_noop!(
			Validators::bond_more(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			Validators::bond_more(RuntimeOrigin::signed(DAVE), 500),
			Error::<Test>::NotCandidate
		);
	});
}

#[test]
fn leaving_moves_the_bond_to_unbonding_and_leaving_again_adds_to_it() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(leave(ALICE));
		assert!(Candidates::<Test>::get(ALICE).is_none());
		assert_eq!(CandidateList::<Test>::get().into_inner(), vec![BOB, CHARLIE]);
		assert_eq!(
			Unbonding::<Test>::get(ALICE),
			Some(Unbond { amount: BOND, unlock_at: UNBONDING })
		);
		assert_eq!(held(ALICE), BOND);
		System::assert_last_event(
			Event::CandidateLeft { who: ALICE, unbonding: BOND, unlock_at: UNBONDING }.into(),
		);
		assert_noop!(leave(ALICE), Error::<Test>::NotCandidate);
		// Not while still in the set: the election that removes her would find her standing.
		assert_noop!(register(ALICE, BOND), Error::<Test>::StillValidating);
		// Out of the set, standing again while unbonding is a new hold; leaving again adds the
		// two and counts the unbonding from the later leave.
		rotate_sessions(2);
		assert!(!active().contains(&ALICE));
		assert_ok!(register(ALICE, BOND));
		assert_eq!(held(ALICE), 2 * BOND);
		assert_ok!(leave(ALICE));
		assert_eq!(
			Unbonding::<Test>::get(ALICE),
			Some(Unbond { amount: 2 * BOND, unlock_at: 2 + UNBONDING })
		);
	});
}

#[test]
fn withdraw_fails_before_unlock() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(withdraw(ALICE), Error::<Test>::NothingUnbonding);
		assert_ok!(leave(ALICE));
		// Elected out at the first change, out of the set from session 2: she unbonds from there.
		rotate_sessions(2);
		assert!(!active().contains(&ALICE));
		assert_eq!(Unbonding::<Test>::get(ALICE).unwrap().unlock_at, 2 + UNBONDING);
		CurrentSession::set(2 + UNBONDING - 1);
		assert_noop!(withdraw(ALICE), Error::<Test>::StillUnbonding);
		CurrentSession::set(2 + UNBONDING);
		assert_ok!(withdraw(ALICE));
		assert_eq!((held(ALICE), free(ALICE)), (0, INITIAL));
		assert!(Unbonding::<Test>::get(ALICE).is_none());
		System::assert_last_event(Event::Withdrawn { who: ALICE, amount: BOND }.into());
	});
}

// The election.

#[test]
fn election_picks_top_n_by_score() {
	// Three better candidates against six members, three changes allowed: the best enters in
	// place of the worst member, and no second (newcomers stay under a third of the set).
	assert_eq!(
		elect::<u64>(
			&[1, 2, 3, 4, 5, 6],
			&[17, 15, 19, 1, 2, 3, 4, 5, 6],
			&[],
			&params(6, 1, 3),
			MAX_VALIDATORS
		),
		Outcome::Changed { validators: vec![1, 2, 3, 4, 5, 17], entered: vec![17], left: vec![6] }
	);
	// A full set of three takes one newcomer a session: the best.
	assert_eq!(
		elect::<u64>(&[1, 2, 3], &[7, 5, 9, 1, 2, 3], &[], &params(3, 1, 3), MAX_VALIDATORS),
		Outcome::Changed { validators: vec![1, 2, 7], entered: vec![7], left: vec![3] }
	);
	ExtBuilder::default().build_and_execute(|| {
		stand(DAVE, 40);
		stand(EVE, 30);
		stand(FERDIE, 20);
		stand(7, 10);
		// One enters a session: an empty seat first, then in place of the worst member.
		rotate_sessions(5);
		assert_eq!(active(), vec![DAVE, EVE, FERDIE, 7]);
		// Once the best hold the seats, nothing changes (and `pallet-session` is told so).
		assert_eq!(rotate_session(), None);
	});
}

#[test]
fn ties_break_by_bond_then_account() {
	assert_eq!(
		rank(vec![(3u64, 10, 500), (1, 10, 500), (2, 10, 900), (4, 20, 1)]),
		vec![4, 2, 1, 3]
	);
	ExtBuilder::default().build_and_execute(|| {
		stand(FERDIE, 100);
		stand(EVE, 100);
		give_keys(DAVE);
		set_reputation(DAVE, 100, 1);
		assert_ok!(register(DAVE, 2 * BOND));
		// Equal scores: Dave's larger bond takes the empty seat, then Eve's lower account
		// outranks Ferdie's.
		assert_eq!(rotate_session(), Some(vec![ALICE, BOB, CHARLIE, DAVE]));
		assert_eq!(rotate_session(), Some(vec![ALICE, BOB, DAVE, EVE]));
	});
}

#[test]
fn too_few_candidates_keep_the_current_set() {
	ExtBuilder::default().build_and_execute(|| {
		purge_keys(BOB);
		purge_keys(CHARLIE);
		assert_eq!(rotate_session(), None);
		System::assert_last_event(
			Event::SetKept {
				session: 2,
				reason: KeepReason::TooFewEligible { eligible: 1, needed: 2 },
			}
			.into(),
		);
		rotate_session();
		assert_eq!(active(), vec![ALICE, BOB, CHARLIE]);
	});
}

#[test]
fn at_most_max_seat_changes_enter_per_session() {
	// Two changes allowed: of four better outsiders, the best two enter, each in place of the
	// worst member.
	assert_eq!(
		elect::<u64>(
			&[1, 2, 3, 4, 5, 6, 7],
			&[10, 11, 12, 13, 1, 2, 3, 4, 5, 6, 7],
			&[],
			&params(7, 1, 2),
			MAX_VALIDATORS + 1
		),
		Outcome::Changed {
			validators: vec![1, 2, 3, 4, 5, 10, 11],
			entered: vec![10, 11],
			left: vec![6, 7],
		}
	);
	ExtBuilder::default().build_and_execute(|| {
		for (who, score) in [(DAVE, 100), (EVE, 90), (FERDIE, 80), (7, 70)] {
			stand(who, score);
		}
		assert_eq!(rotate_session(), Some(vec![ALICE, BOB, CHARLIE, DAVE]));
		System::assert_last_event(
			Event::NewSet {
				session: 2,
				validators: vec![ALICE, BOB, CHARLIE, DAVE],
				entered: vec![DAVE],
				left: vec![],
			}
			.into(),
		);
		rotate_session();
		System::assert_last_event(
			Event::NewSet {
				session: 3,
				validators: vec![ALICE, BOB, DAVE, EVE],
				entered: vec![EVE],
				left: vec![CHARLIE],
			}
			.into(),
		);
	});
}

#[test]
fn a_member_that_left_is_removed_even_beyond_the_churn_bound() {
	ExtBuilder::default().build_and_execute(|| {
		stand(DAVE, 50);
		stand(EVE, 40);
		rotate_sessions(3);
		assert_eq!(active(), vec![ALICE, BOB, DAVE, EVE]);
		assert_ok!(leave(ALICE));
		assert_ok!(leave(BOB));
		// Both leave at once; one enters (the churn bound), and three are enough.
		assert_eq!(rotate_session(), Some(vec![CHARLIE, DAVE, EVE]));
		System::assert_last_event(
			Event::NewSet {
				session: 5,
				validators: vec![CHARLIE, DAVE, EVE],
				entered: vec![CHARLIE],
				left: vec![ALICE, BOB],
			}
			.into(),
		);
	});
}

/// A parameter change (or a slash, or a decay) that leaves members below the bond or the tier
/// never swaps the whole set at once: they stay, ranked below every eligible candidate, until an
/// eligible one takes their seat within the churn bound.
#[test]
fn a_member_below_the_bond_or_tier_stays_until_an_eligible_candidate_takes_its_seat() {
	ExtBuilder::default().build_and_execute(|| {
		Election::set(ElectionParams { seats: 3, ..default_election() });
		set_reputation(ALICE, 0, 0);
		assert_eq!(rotate_session(), None);
		stand(DAVE, 10);
		assert_eq!(rotate_session(), Some(vec![BOB, CHARLIE, DAVE]));
		System::assert_last_event(
			Event::NewSet {
				session: 3,
				validators: vec![BOB, CHARLIE, DAVE],
				entered: vec![DAVE],
				left: vec![ALICE],
			}
			.into(),
		);
	});
}

#[test]
fn election_never_empties_the_set() {
	assert_eq!(
		elect::<u64>(&[1, 2], &[], &[1, 2], &default_election(), MAX_VALIDATORS),
		Outcome::TooFew { eligible: 0 }
	);
	ExtBuilder::default().build_and_execute(|| {
		stand(DAVE, 10);
		stand(EVE, 10);
		// The whole set leaves: liveness first, two enter (min_validators) where the churn
		// bound allows one.
		for who in [ALICE, BOB, CHARLIE] {
			assert_ok!(leave(who));
		}
		assert_eq!(rotate_session(), Some(vec![DAVE, EVE]));
		rotate_session();
		assert_eq!(active(), vec![DAVE, EVE]);
		// Then that set leaves with nobody to replace it: it is kept.
		assert_ok!(leave(DAVE));
		assert_ok!(leave(EVE));
		assert_eq!(rotate_session(), None);
		rotate_session();
		assert_eq!(active(), vec![DAVE, EVE]);
	});
}

/// Attack: one owner stands many accounts with large bonds to take the set. A seat needs a score
/// of the account's own (each of its accounts must earn one, and reputation cannot be moved
/// between accounts), and a bond only breaks ties between equal scores.
#[test]
fn a_sybil_cartel_needs_score_not_accounts() {
	ExtBuilder::default().build_and_execute(|| {
		for who in [ALICE, BOB, CHARLIE] {
			set_reputation(who, 50, 1);
		}
		// The cartel: one account with a high score, three with fifty times the bond and a
		// little score each.
		stand(20, 1_000);
		for sybil in 21..=23 {
			give_keys(sybil);
			set_reputation(sybil, 60, 1);
			assert_ok!(register(sybil, 50 * BOND));
		}
		for creator in [DAVE, EVE, FERDIE] {
			stand(creator, 100);
		}
		rotate_sessions(8);
		let set = active();
		assert_eq!(set, vec![DAVE, EVE, FERDIE, 20]);
		assert_eq!(set.iter().filter(|who| (20..=23).contains(*who)).count(), 1);
	});
}

#[test]
fn a_session_change_registers_its_weight() {
	ExtBuilder::default().build_and_execute(|| {
		rotate_session();
		let expected = <() as WeightInfo>::end_session(3)
			+ <() as WeightInfo>::start_session()
			+ <() as WeightInfo>::new_session(3);
		assert_eq!(
			*frame_system::BlockWeight::<Test>::get().get(DispatchClass::Mandatory),
			expected
		);
	});
}

// Authorship, idleness and pay.

#[test]
fn note_author_counts_only_active_validators() {
	ExtBuilder::default().build_and_execute(|| {
		author(ALICE, 2);
		author(DAVE, 1);
		author(BOB, 1);
		assert_eq!(Authored::<Test>::get().into_inner(), vec![(ALICE, 2), (BOB, 1)]);
		rotate_session();
		assert!(Authored::<Test>::get().is_empty());
	});
}

#[test]
fn idle_validator_is_slashed_and_not_reelected() {
	ExtBuilder::default().build_and_execute(|| {
		stand(DAVE, 10);
		author(ALICE, 30);
		author(BOB, 30);
		let reserve = free(RESERVE);
		// Charlie authored nothing: it sits out this election, and Dave takes the seat.
		assert_eq!(rotate_session(), Some(vec![ALICE, BOB, DAVE]));
		let slashed = BOND / 20;
		assert_eq!((bond_of(CHARLIE), held(CHARLIE)), (BOND - slashed, BOND - slashed));
		assert_eq!(free(RESERVE), reserve + slashed);
		assert_eq!(Offences::get(), vec![(CHARLIE, Offence::Idle)]);
		assert_eq!(Idle::<Test>::get().into_inner(), vec![CHARLIE]);
		System::assert_has_event(Event::Idle { who: CHARLIE, session: 0, slashed }.into());
		// It is still a candidate: once it authors again, it stands in the next election.
		author(ALICE, 20);
		author(BOB, 20);
		author(CHARLIE, 20);
		assert_eq!(rotate_session(), Some(vec![ALICE, BOB, CHARLIE, DAVE]));
		assert!(Idle::<Test>::get().is_empty());
	});
}

#[test]
fn a_disabled_validator_and_a_short_session_judge_nobody_idle() {
	ExtBuilder::default().build_and_execute(|| {
		// Charlie was disabled for an offence: it could not author.
		author(ALICE, 30);
		author(BOB, 30);
		MockSession::disable(&CHARLIE, Perbill::from_percent(20));
		rotate_session();
		assert_eq!(bond_of(CHARLIE), BOND);
		// A session too short to expect IDLE_MIN_EXPECTED_BLOCKS blocks of each validator.
		author(ALICE, 20);
		author(BOB, 20);
		rotate_session();
		assert_eq!(bond_of(CHARLIE), BOND);
		assert!(Idle::<Test>::get().is_empty());
		assert!(Offences::get().is_empty());
	});
}

#[test]
fn payment_split_by_blocks_authored() {
	ExtBuilder::default().with_pot(1_000 + MIN_USD).build_and_execute(|| {
		author(ALICE, 10);
		author(BOB, 30);
		author(CHARLIE, 60);
		rotate_session();
		assert_eq!((usd(ALICE), usd(BOB), usd(CHARLIE)), (100, 300, 600));
		// The pot keeps the asset's minimum balance.
		assert_eq!(usd(Validators::pot()), MIN_USD);
		System::assert_has_event(Event::Paid { session: 0, total: 1_000, validators: 3 }.into());
		// Rounding down: the remainder stays in the pot.
		assert_ok!(<Assets as frame_support::traits::fungibles::Mutate<_>>::mint_into(
			USD,
			&Validators::pot(),
			1_000
		));
		author(ALICE, 20);
		author(BOB, 20);
		author(CHARLIE, 20);
		rotate_session();
		assert_eq!((usd(ALICE), usd(BOB), usd(CHARLIE)), (433, 633, 933));
		assert_eq!(usd(Validators::pot()), MIN_USD + 1);
	});
}

#[test]
fn payment_that_cannot_be_made_stays_in_pot() {
	ExtBuilder::default().with_pot(100 + MIN_USD).build_and_execute(|| {
		author(ALICE, 90);
		author(BOB, 5);
		author(CHARLIE, 5);
		rotate_session();
		// Bob's and Charlie's shares (5 each) are below the stablecoin's minimum balance for
		// their new accounts.
		assert_eq!((usd(ALICE), usd(BOB), usd(CHARLIE)), (90, 0, 0));
		assert_eq!(usd(Validators::pot()), 10 + MIN_USD);
		System::assert_has_event(Event::Unpaid { who: BOB, amount: 5, session: 0 }.into());
		System::assert_has_event(Event::Paid { session: 0, total: 90, validators: 1 }.into());
	});
}

// Offences.

#[test]
fn equivocation_slashes_bond_and_unbonding() {
	ExtBuilder::default().build_and_execute(|| {
		Penalties::set(ValidatorPenalties {
			equivocation_slash: Perbill::from_percent(80),
			idle_slash: Perbill::from_percent(5),
		});
		// Alice left, left the set, and stood again: a bond, and a bond unbonding beside it.
		assert_ok!(leave(ALICE));
		rotate_sessions(2);
		assert_ok!(register(ALICE, BOND));
		let reserve = free(RESERVE);
		// BABE's fraction (all of it) is not used: 80% of both, the bond first.
		let weight = report_equivocation(ALICE, 0);
		assert_eq!(weight, <() as WeightInfo>::on_offence());
		let slashed = 16_000;
		assert_eq!(free(RESERVE), reserve + slashed);
		assert_eq!(held(ALICE), 2 * BOND - slashed);
		// Its candidacy ended; what is left unbonds.
		assert!(Candidates::<Test>::get(ALICE).is_none());
		assert_eq!(
			Unbonding::<Test>::get(ALICE),
			Some(Unbond { amount: 4_000, unlock_at: 2 + UNBONDING })
		);
		assert_eq!(Offences::get(), vec![(ALICE, Offence::Equivocation)]);
		assert_eq!(Disabled::get(), vec![(ALICE, Perbill::from_percent(80))]);
		System::assert_has_event(Event::Slashed { who: ALICE, amount: slashed, session: 0 }.into());
		System::assert_last_event(
			Event::Expelled { who: ALICE, unbonding: 4_000, unlock_at: 2 + UNBONDING }.into(),
		);
		// The same session reported again (a concurrent offender's report repeats it): nothing
		// more is taken.
		report_equivocation(ALICE, 0);
		assert_eq!(held(ALICE), 4_000);
		assert_eq!(Offences::get().len(), 1);
	});
}

/// Attack: leave as soon as one equivocates, and withdraw before the report lands.
#[test]
fn leaving_and_unbonding_does_not_escape_a_late_report() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(leave(ALICE));
		// Alice still validates session 1 (queued when it left); the report comes in session 3.
		rotate_sessions(3);
		assert!(!active().contains(&ALICE));
		assert_noop!(withdraw(ALICE), Error::<Test>::StillUnbonding);
		report_equivocation(ALICE, 1);
		let slashed = BOND / 5;
		assert_eq!(Unbonding::<Test>::get(ALICE).map(|u| u.amount), Some(BOND - slashed));
		assert_eq!(held(ALICE), BOND - slashed);
		// She left the set at session 2: her bond unbonds from there.
		CurrentSession::set(2 + UNBONDING);
		assert_ok!(withdraw(ALICE));
		assert_eq!(free(ALICE), INITIAL - slashed);
		assert!(LastSlash::<Test>::get(ALICE).is_none());
	});
}

#[test]
fn an_offence_behind_the_report_window_is_ignored() {
	ExtBuilder::default().build_and_execute(|| {
		CurrentSession::set(5);
		// Session 1 is behind the window of three sessions; its history is pruned.
		report_equivocation(BOB, 1);
		assert_eq!(held(BOB), BOND);
		assert!(Offences::get().is_empty());
		report_equivocation(BOB, 2);
		assert_eq!(held(BOB), BOND - BOND / 5);
	});
}

#[test]
fn history_is_pruned_behind_the_report_window() {
	ExtBuilder::default().build_and_execute(|| {
		rotate_sessions(5);
		assert_eq!(Pruned::get(), vec![0, 0, 0, 0, 1]);
	});
}

// Invariants.

fn invariant_catches(corrupt: impl FnOnce(), message: &'static str) {
	ExtBuilder::default().build().execute_with(|| {
		Validators::do_try_state().expect("sound before");
		corrupt();
		assert_eq!(Validators::do_try_state(), Err(message.into()));
	});
}

#[test]
fn try_state_catches_a_bond_not_held() {
	invariant_catches(
		|| Candidates::<Test>::insert(ALICE, Candidate { bond: BOND + 1 }),
		"the bond held differs from a bond plus its unbonding",
	);
}

#[test]
fn try_state_catches_a_candidate_missing_from_the_list() {
	invariant_catches(
		|| CandidateList::<Test>::put(CandidateListOf::<Test>::truncate_from(vec![ALICE, BOB])),
		"a candidate is missing from the list",
	);
}

#[test]
fn try_state_catches_an_author_outside_the_set() {
	invariant_catches(
		|| Authored::<Test>::put(AuthoredOf::<Test>::truncate_from(vec![(DAVE, 1)])),
		"an author is not an active validator",
	);
}

#[test]
fn a_member_the_set_keeps_unbonds_only_from_the_session_it_leaves_the_set() {
	ExtBuilder::default().build_and_execute(|| {
		// Three members and three needed: when Alice leaves, the set is kept, and she still
		// validates; her bond cannot leave while offences she may commit can be reported.
		Election::set(ElectionParams { min_validators: 3, ..default_election() });
		assert_ok!(leave(ALICE));
		rotate_sessions(3);
		assert!(active().contains(&ALICE));
		CurrentSession::set(UNBONDING);
		assert_noop!(withdraw(ALICE), Error::<Test>::StillValidating);
		// A fourth candidate lets the set change: she leaves it, and unbonds from then.
		stand(DAVE, 10);
		let session = CurrentSession::get();
		rotate_sessions(2);
		assert!(!active().contains(&ALICE));
		assert_eq!(Unbonding::<Test>::get(ALICE).unwrap().unlock_at, session + 2 + UNBONDING);
		assert_noop!(withdraw(ALICE), Error::<Test>::StillUnbonding);
	});
}

/// Attack: fill the candidate list with squatters (keys purged, so never elected, never
/// slashed) to keep honest candidates out. A newcomer that outranks the weakest candidate
/// outside the set takes its place; the squatter's candidacy ends and its bond unbonds.
#[test]
fn a_full_list_of_squatters_keeps_out_nobody_who_outranks_them() {
	ExtBuilder::default().build_and_execute(|| {
		for who in 4..=10 {
			stand(who, 1);
		}
		// The squatters drop their keys: ineligible, they rank below any eligible newcomer.
		for who in 4..=10 {
			SessionKeys::mutate(|keys| keys.retain(|k| *k != who));
		}
		assert_eq!(CandidateList::<Test>::get().len() as u32, MAX_CANDIDATES);
		give_keys(11);
		set_reputation(11, 1, 1);
		assert_ok!(register(11, BOND));
		// The weakest outside the set went: the highest account among the equally ineligible.
		System::assert_has_event(
			Event::Displaced { who: 10, by: 11, unbonding: BOND, unlock_at: UNBONDING }.into(),
		);
		assert!(Candidates::<Test>::get(10).is_none());
		assert_eq!(CandidateList::<Test>::get().len() as u32, MAX_CANDIDATES);
		// One who does not outrank the weakest (no standing) is refused; members of the set,
		// however weak, are never displaced.
		give_keys(12);
		set_reputation(12, 0, 1);
		assert_noop!(register(12, BOND), Error::<Test>::TooManyCandidates);
		assert!(active().iter().all(Candidates::<Test>::contains_key));
	});
}
