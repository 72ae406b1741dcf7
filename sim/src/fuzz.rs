//! The fuzzer: random sequences of calls from many accounts, in real blocks with their hooks,
//! judged after each call and each block by oracles that do not depend on what the call meant:
//!
//! - **panic**: applying an extrinsic, or a block's hooks, panics;
//! - **invariant**: a pallet's `try_state` fails after a block (built with `try-runtime`);
//! - **weight**: a call's measured time exceeds the weight it was charged (the least of three
//!   runs of the same extrinsic on the same state, so that a noisy run is not a finding);
//! - **issuance**: ATL's total issuance moved by other than what the block's events say
//!   (`Minted`, `Issued`, `MintedCredit`, `Restored` add; `Burned`, `BurnedHeld`, `Rescinded`,
//!   `BurnedDebt`, `Suspended` take away);
//! - **inherent**: a block's own work (the timestamp inherent, the hooks) fails.
//!
//! A finding names the seed and the call's index: `atelier-sim fuzz --seed S --calls N` replays
//! it exactly.

use crate::{
	calls::{Gen, Tx},
	chain::{self, Chain, GenesisSpec},
	rng::Rng,
};
use atelier_runtime::{Balances, Runtime, RuntimeCall, RuntimeEvent, System};
use frame_support::storage::{with_transaction, TransactionOutcome};
use serde::Serialize;
use sp_runtime::DispatchError;
use std::{
	collections::BTreeMap,
	panic::{catch_unwind, AssertUnwindSafe},
	time::Instant,
};

/// How a fuzz run goes.
#[derive(Clone, Debug)]
pub struct FuzzConfig {
	pub seed: u64,
	/// How many calls in all.
	pub calls: u64,
	/// How many accounts call.
	pub accounts: usize,
	/// At most this many calls in a block (each block takes 1 to this many).
	pub calls_per_block: u64,
	/// Prints progress to standard error.
	pub progress: bool,
}

impl Default for FuzzConfig {
	fn default() -> Self {
		Self { seed: 1, calls: 10_000, accounts: 24, calls_per_block: 64, progress: false }
	}
}

/// Something the oracles caught.
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
	pub kind: &'static str,
	pub seed: u64,
	/// The index of the call (0-based) in the run, or of the last call before the block.
	pub call: u64,
	pub block: u32,
	pub detail: String,
}

/// What a run did and found.
#[derive(Debug, Default, Serialize)]
pub struct FuzzReport {
	pub seed: u64,
	pub calls: u64,
	pub blocks: u32,
	/// Calls included and dispatched successfully.
	pub succeeded: u64,
	/// Calls included whose dispatch failed, by error; and (`inner ...`) calls a wrapper
	/// dispatched that failed while the wrapper succeeded.
	pub failed: BTreeMap<String, u64>,
	/// Calls refused before dispatch (fees, nonces, a full block), by reason.
	pub refused: BTreeMap<String, u64>,
	/// Successful calls by pallet and call name.
	pub succeeded_by_call: BTreeMap<String, u64>,
	/// The highest measured time over charged weight of any call (both in picoseconds).
	pub worst_weight_ratio: f64,
	pub worst_weight_call: String,
	pub findings: Vec<Finding>,
	pub seconds: f64,
	/// Of which in the pallets' `try_state`.
	pub seconds_in_invariants: f64,
}

fn call_name(call: &RuntimeCall) -> String {
	use frame_support::traits::GetCallMetadata;
	let meta = call.get_call_metadata();
	format!("{}.{}", meta.pallet_name, meta.function_name)
}

fn error_name(error: &DispatchError) -> String {
	match error {
		DispatchError::Module(module) => {
			use frame_support::traits::PalletsInfoAccess;
			let pallet = atelier_runtime::AllPalletsWithSystem::infos()
				.into_iter()
				.find(|info| info.index == module.index as usize)
				.map_or("?", |info| info.name);
			// Errors decoded from events carry no message: their index then.
			match module.message {
				Some(message) => format!("{pallet}::{message}"),
				None => format!("{pallet}::#{}", module.error[0]),
			}
		},
		other => format!("{other:?}"),
	}
}

/// A caught panic's message.
fn message(panic: &Box<dyn std::any::Any + Send>) -> String {
	panic
		.downcast_ref::<String>()
		.cloned()
		.or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
		.unwrap_or_default()
}

/// ATL's total issuance moved by these events (added less taken away).
fn issuance_moved_by_events() -> i128 {
	use pallet_balances::Event as B;
	System::read_events_no_consensus()
		.map(|record| match record.event {
			RuntimeEvent::Balances(event) => match event {
				B::Minted { amount, .. }
				| B::Issued { amount }
				| B::MintedCredit { amount }
				| B::Restored { amount, .. } => amount as i128,
				B::Burned { amount, .. }
				| B::BurnedHeld { amount, .. }
				| B::Rescinded { amount }
				| B::BurnedDebt { amount }
				| B::Suspended { amount, .. } => -(amount as i128),
				B::TotalIssuanceForced { old, new } => new as i128 - old as i128,
				_ => 0,
			},
			_ => 0,
		})
		.sum()
}

/// The call a wrapper dispatches (through sudo, a track's origin, a proxy or a multisig),
/// named `inner Pallet.call`; `None` for a call that wraps nothing, or several (a batch).
fn inner_name(call: &RuntimeCall) -> Option<String> {
	let mut at = call;
	let mut wrapped = false;
	loop {
		at = match at {
			RuntimeCall::Sudo(pallet_sudo::Call::sudo { call }) => call,
			RuntimeCall::Utility(pallet_utility::Call::dispatch_as { call, .. }) => call,
			RuntimeCall::Proxy(pallet_proxy::Call::proxy { call, .. }) => call,
			RuntimeCall::Multisig(pallet_multisig::Call::as_multi_threshold_1 { call, .. }) => call,
			_ => break,
		};
		wrapped = true;
	}
	(wrapped && !matches!(at, RuntimeCall::Utility(_))).then(|| format!("inner {}", call_name(at)))
}

/// What the calls inside the last extrinsic did, from its events (those after the first
/// `since`): the first failure a wrapper reported.
fn inner_outcome(since: u32) -> Result<(), DispatchError> {
	for record in System::read_events_no_consensus().skip(since as usize) {
		let failed = match record.event {
			RuntimeEvent::Sudo(pallet_sudo::Event::Sudid { sudo_result: Err(e) }) => Some(e),
			RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted { result: Err(e) }) => Some(e),
			RuntimeEvent::Utility(pallet_utility::Event::DispatchedAs { result: Err(e) }) => {
				Some(e)
			},
			RuntimeEvent::Utility(pallet_utility::Event::BatchInterrupted { error, .. }) => {
				Some(error)
			},
			RuntimeEvent::Utility(pallet_utility::Event::ItemFailed { error }) => Some(error),
			_ => None,
		};
		if let Some(error) = failed {
			return Err(error);
		}
	}
	Ok(())
}

/// ATL's books: the total issuance equals what the accounts hold (free and reserved), and no
/// account's holds exceed what it has reserved.
fn ledger_balances() -> Result<(), String> {
	let mut total = 0u128;
	for (who, account) in frame_system::Account::<Runtime>::iter() {
		total = total.saturating_add(account.data.free).saturating_add(account.data.reserved);
		let holds: u128 =
			pallet_balances::Holds::<Runtime>::get(&who).iter().map(|h| h.amount).sum();
		if holds > account.data.reserved {
			return Err(format!("{who} holds {holds} but has {} reserved", account.data.reserved));
		}
	}
	let issuance = Balances::total_issuance();
	if total != issuance {
		return Err(format!("the accounts hold {total}, the total issuance is {issuance}"));
	}
	Ok(())
}

/// This thread's CPU time, in nanoseconds: what a call costs, whatever else the machine runs
/// (wall time counts the other processes' turns on the cores).
fn cpu_nanos() -> u128 {
	let now = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
	now.tv_sec as u128 * 1_000_000_000 + now.tv_nsec as u128
}

/// The block's weight so far, in picoseconds of reference time.
fn block_ref_time() -> u64 {
	frame_system::BlockWeight::<Runtime>::get().total().ref_time()
}

enum Applied {
	Done(sp_runtime::ApplyExtrinsicResult, u128, u64),
	/// Measured over its charge: rolled back, to be measured again.
	Slow(u128),
}

/// Runs a fuzz campaign.
pub fn fuzz(config: &FuzzConfig) -> FuzzReport {
	let started = Instant::now();
	let mut report = FuzzReport { seed: config.seed, ..Default::default() };
	// `dev_fast`: 20-slot epochs, so sessions rotate and elections run every 20 blocks; every
	// referendum period divided by 1 200 (as `local_fast`), so referenda decide and enact within a
	// campaign; and (below) the reserve's period at 100 blocks, so its budget, conversion,
	// buy-back and steering run.
	let mut chain = Chain::new(GenesisSpec {
		preset: atelier_runtime::genesis_config_presets::DEV_FAST_PRESET,
		endowments: vec![(chain::DEFAULT_ENDOWMENT, chain::DEFAULT_USD); config.accounts],
		edit: Some(Box::new(|config: &mut serde_json::Value| {
			config["governance"]["trackPeriodDivisor"] = serde_json::json!(1_200);
		})),
	});
	chain.execute_with(|| {
		use atelier_runtime::configs::parameters::{dynamic_params::reserve, RuntimeParameters};
		let call = RuntimeCall::Governance(pallet_governance::Call::set_parameter {
			key_value: RuntimeParameters::Reserve(reserve::Parameters::Period(
				reserve::Period,
				Some(100),
			)),
		});
		let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) });
		let applied = chain::apply(&sp_keyring::Sr25519Keyring::Alice.pair(), sudo);
		assert_eq!(applied, Ok(Ok(())), "the reserve's period is set");
	});
	let mut rng = Rng::new(config.seed);
	let keys = chain.keys.clone();
	let accounts = chain.accounts.clone();
	let mut gen = Gen::new(keys, accounts);
	let mut issuance = chain.execute_with(Balances::total_issuance);
	let mut call_index = 0u64;
	let mut last_report = Instant::now();

	'run: while call_index < config.calls {
		let in_block = rng.range(1, config.calls_per_block).min(config.calls - call_index);
		let finding = chain.execute_with(|| {
			for _ in 0..in_block {
				let tx = gen.tx(&mut rng);
				let call = tx.call().clone();
				let name = call_name(&call);
				let who = match &tx {
					Tx::Signed(who, _) => format!("account {who}"),
					Tx::Bare(_) => "a bare extrinsic".into(),
				};
				let xt = match tx {
					Tx::Signed(who, call) => chain::signed(&gen.keys[who].clone(), call),
					Tx::Bare(call) => atelier_runtime::UncheckedExtrinsic::new_bare(call),
				};
				let events_before = System::event_count();
				let outcome = catch_unwind(AssertUnwindSafe(|| {
					with_transaction(|| {
						let before = block_ref_time();
						let started = cpu_nanos();
						let result = atelier_runtime::Executive::apply_extrinsic(xt.clone());
						let elapsed = cpu_nanos().saturating_sub(started);
						let charged = block_ref_time().saturating_sub(before);
						if result.is_err() {
							// Invalid: a block author leaves it out, with no trace.
							TransactionOutcome::Rollback(Ok(Applied::Done(result, elapsed, 0)))
						} else if elapsed.saturating_mul(1_000) > charged as u128 {
							TransactionOutcome::Rollback(Ok::<_, DispatchError>(Applied::Slow(
								elapsed,
							)))
						} else {
							TransactionOutcome::Commit(Ok(Applied::Done(result, elapsed, charged)))
						}
					})
				}));
				let applied = match outcome {
					Err(panic) => {
						let detail = message(&panic);
						return Some(Finding {
							kind: "panic",
							seed: config.seed,
							call: call_index,
							block: System::block_number(),
							detail: format!("{name} from {who}: {detail}; {call:?}"),
						});
					},
					Ok(applied) => applied.expect("the closure never fails"),
				};
				let (result, elapsed, charged) = match applied {
					Applied::Done(result, elapsed, charged) => (result, elapsed, charged),
					Applied::Slow(first) => {
						// Twice more on the same state, then once for real: the least of three.
						let mut least = first;
						for _ in 0..2 {
							let again = with_transaction(|| {
								let started = cpu_nanos();
								let _ = atelier_runtime::Executive::apply_extrinsic(xt.clone());
								TransactionOutcome::Rollback(Ok::<_, DispatchError>(
									cpu_nanos().saturating_sub(started),
								))
							})
							.expect("rolled back");
							least = least.min(again);
						}
						let before = block_ref_time();
						let result = atelier_runtime::Executive::apply_extrinsic(xt);
						let charged = block_ref_time().saturating_sub(before);
						if least.saturating_mul(1_000) > charged as u128 {
							report.findings.push(Finding {
								kind: "weight",
								seed: config.seed,
								call: call_index,
								block: System::block_number(),
								detail: format!(
									"{name}: {} µs measured (least of three), {} µs charged; \
									 {call:?}",
									least / 1_000,
									charged / 1_000_000
								),
							});
						}
						(result, least, charged)
					},
				};
				if charged > 0 {
					let ratio = elapsed as f64 * 1_000.0 / charged as f64;
					if ratio > report.worst_weight_ratio {
						report.worst_weight_ratio = ratio;
						report.worst_weight_call = name.clone();
					}
				}
				match result {
					Ok(Ok(())) => {
						report.succeeded += 1;
						*report.succeeded_by_call.entry(name).or_default() += 1;
						// A wrapper (sudo, a track's origin, a proxy, a multisig) succeeds
						// whatever its inner call did: its events say.
						if let Some(inner) = inner_name(&call) {
							match inner_outcome(events_before) {
								Ok(()) => *report.succeeded_by_call.entry(inner).or_default() += 1,
								Err(error) => {
									*report
										.failed
										.entry(format!("inner {}", error_name(&error)))
										.or_default() += 1
								},
							}
						}
					},
					Ok(Err(error)) => *report.failed.entry(error_name(&error)).or_default() += 1,
					Err(invalid) => *report.refused.entry(format!("{invalid:?}")).or_default() += 1,
				}
				call_index += 1;
			}
			None
		});
		if let Some(finding) = finding {
			report.findings.push(finding);
			break 'run;
		}
		// The block's end: its hooks, then the oracles on the whole block.
		let block_finding = chain.execute_with(|| {
			let number = System::block_number();
			let finding = |kind: &'static str, detail: String| Finding {
				kind,
				seed: config.seed,
				call: call_index,
				block: number,
				detail,
			};
			let ended = catch_unwind(AssertUnwindSafe(|| {
				let header = atelier_runtime::Executive::finalize_block();
				let moved = issuance_moved_by_events();
				let now = Balances::total_issuance();
				(header, moved, now)
			}));
			let (header, moved, now) = match ended {
				Ok(ended) => ended,
				Err(panic) => {
					return Some(finding(
						"panic",
						format!(
							"the block's end (on_idle, on_finalize) panicked: {}",
							message(&panic)
						),
					))
				},
			};
			if now as i128 - issuance as i128 != moved {
				return Some(finding(
					"issuance",
					format!(
						"total issuance moved {} but the events say {moved}",
						now as i128 - issuance as i128
					),
				));
			}
			issuance = now;
			if let Err(detail) = ledger_balances() {
				return Some(finding("issuance", detail));
			}
			#[cfg(feature = "try-runtime")]
			{
				use frame_support::traits::{TryState, TryStateSelect};
				let timer = Instant::now();
				let checked = catch_unwind(AssertUnwindSafe(|| {
					<atelier_runtime::AllPalletsWithSystem as TryState<u32>>::try_state(
						number,
						TryStateSelect::All,
					)
				}));
				report.seconds_in_invariants += timer.elapsed().as_secs_f64();
				match checked {
					Ok(Ok(())) => {},
					Ok(Err(error)) => return Some(finding("invariant", format!("{error:?}"))),
					Err(panic) => {
						return Some(finding(
							"panic",
							format!("try_state panicked: {}", message(&panic)),
						))
					},
				}
				if std::env::var_os("ATELIER_FUZZ_PROFILE").is_some() && number.is_multiple_of(200)
				{
					use frame_support::traits::PalletsInfoAccess;
					let mut times = vec![];
					for info in atelier_runtime::AllPalletsWithSystem::infos() {
						let timer = Instant::now();
						let _ = <atelier_runtime::AllPalletsWithSystem as TryState<u32>>::try_state(
							number,
							TryStateSelect::Only(vec![info.name.as_bytes().to_vec()]),
						);
						times.push((timer.elapsed().as_micros(), info.name));
					}
					times.sort();
					eprintln!("\nblock {number}: try_state µs {:?}", &times[times.len() - 6..]);
				}
			}
			let begun = catch_unwind(AssertUnwindSafe(|| chain::begin_block_after(&header)));
			begun.err().map(|panic| Finding {
				block: number + 1,
				..finding(
					"panic",
					format!(
						"the block's beginning (on_initialize, the inherent) panicked: {}",
						message(&panic)
					),
				)
			})
		});
		report.blocks += 1;
		// A panic may leave a storage transaction open: nothing is committed after a finding.
		if let Some(finding) = block_finding {
			report.findings.push(finding);
			break 'run;
		}
		// A block's storage root is computed over the changes not yet committed.
		if report.blocks.is_multiple_of(4) {
			chain.commit();
		}
		if config.progress && last_report.elapsed().as_secs() >= 2 {
			last_report = Instant::now();
			eprint!(
				"\r{call_index}/{} calls, {} blocks, {} ok, {} findings, {:.0} s   ",
				config.calls,
				report.blocks,
				report.succeeded,
				report.findings.len(),
				started.elapsed().as_secs_f64()
			);
		}
	}
	if config.progress {
		eprintln!();
	}
	report.calls = call_index;
	report.seconds = started.elapsed().as_secs_f64();
	report
}
