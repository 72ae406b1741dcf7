//! The fuzzer's calls: every Atelier pallet's and the standard ones users reach (balances, the
//! stablecoin, the exchange, batches, proxies, multisig, preimages, referenda), drawn from what
//! the chain holds (its models, jobs, outputs, listings, referenda, rounds...) so that they
//! reach deep states rather than fail at the first check. Governance's origins come through
//! the dev chain's sudo key (Root) and `dispatch_as` (each track's origin), with parameters at
//! and past the edges of their ranges. Workers and checkers answer with their `atel` keys in
//! bare extrinsics, honestly or not.

use crate::rng::Rng;
use atelier_primitives::{
	currency::{MICRO_UNIT, UNIT},
	stablecoin,
};
use atelier_runtime::{AccountId, OriginCaller, Runtime, RuntimeCall, System};
use codec::{Decode, Encode};
use frame_support::traits::{fungible::NativeOrWithId, schedule::DispatchTime, Bounded};
use pallet_compute_market::{
	self as compute, HardwareClass, JobId, JobSizes, JobStatus, Receipt, Refusal, RefusalReason,
};
use pallet_provenance::{DatasetId, LicenseTerms, ModelId, OutputId, Permission};
use sp_core::{sr25519, Pair, H256};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::Hash as _, Perbill};
use std::collections::BTreeMap;

/// An extrinsic to apply: signed by a caller (its index), or bare (a worker's or checker's
/// signed answer, as the off-chain worker sends it).
pub enum Tx {
	Signed(usize, RuntimeCall),
	Bare(RuntimeCall),
}

impl Tx {
	pub fn call(&self) -> &RuntimeCall {
		match self {
			Tx::Signed(_, call) | Tx::Bare(call) => call,
		}
	}
}

/// What the generator knows: the callers' keys, their `atel` keys, and the answers checkers
/// and oracle operators committed to (to reveal them later).
pub struct Gen {
	/// The fuzzed accounts (`//sim//<i>`), then the genesis attestors and the sudo key.
	pub keys: Vec<sr25519::Pair>,
	pub accounts: Vec<AccountId>,
	/// Each caller's `atel` key (`//sim//<i>//atel`).
	atel: Vec<sr25519::Pair>,
	/// How many of the callers are fuzzed accounts.
	fuzzed: usize,
	/// Committed check answers: (job, checker) → (output hash, salt).
	checks: BTreeMap<(u64, usize), (H256, [u8; 32])>,
	/// Committed oracle reveals: (round, operator) → (values, salt).
	reveals: BTreeMap<(u32, usize), Reveal>,
}

/// What an oracle operator committed to: its values and salt.
type Reveal = (Vec<(atelier_primitives::oracle::FeedKey, u128)>, [u8; 32]);

fn genesis() -> H256 {
	System::block_hash(0)
}

const SUDO_KEY: Sr25519Keyring = Sr25519Keyring::Alice;
const ATTESTORS: [Sr25519Keyring; 2] = [Sr25519Keyring::AliceStash, Sr25519Keyring::BobStash];

impl Gen {
	/// `keys` and `accounts` are the fuzzed accounts; the genesis attestors and the sudo key
	/// are added after them.
	pub fn new(mut keys: Vec<sr25519::Pair>, mut accounts: Vec<AccountId>) -> Self {
		let fuzzed = keys.len();
		for extra in ATTESTORS.into_iter().chain([SUDO_KEY]) {
			keys.push(extra.pair());
			accounts.push(extra.to_account_id());
		}
		let atel = (0..keys.len())
			.map(|i| {
				sr25519::Pair::from_string(&format!("//sim//{i}//atel"), None).expect("a seed")
			})
			.collect();
		Self { keys, accounts, atel, fuzzed, checks: BTreeMap::new(), reveals: BTreeMap::new() }
	}

	fn sudo(&self) -> usize {
		self.keys.len() - 1
	}

	fn someone(&self, rng: &mut Rng) -> usize {
		rng.below(self.fuzzed as u64) as usize
	}

	fn account(&self, rng: &mut Rng) -> AccountId {
		// Now and then an account outside the fuzzed ones (unfunded, or the sudo key).
		if rng.chance(0.05) {
			return rng.pick(&self.accounts).expect("accounts").clone();
		}
		self.accounts[self.someone(rng)].clone()
	}

	fn index_of(&self, who: &AccountId) -> Option<usize> {
		self.accounts.iter().position(|a| a == who)
	}

	fn index_of_atel(&self, key: &compute::WorkerPublic) -> Option<usize> {
		let raw: sr25519::Public = key.clone().into();
		self.atel.iter().position(|k| k.public() == raw)
	}

	/// A call and how it is sent.
	pub fn tx(&mut self, rng: &mut Rng) -> Tx {
		// Draw until a generator applies (some need state that is not there yet).
		loop {
			if let Some(tx) = self.try_tx(rng) {
				return tx;
			}
		}
	}

	fn try_tx(&mut self, rng: &mut Rng) -> Option<Tx> {
		let who = self.someone(rng);
		let signed = |call| Some(Tx::Signed(who, call));
		match rng.below(100) {
			0..=3 => signed(self.register_worker(rng, who)),
			4 => signed(self.worker_admin(rng)),
			5..=13 => signed(self.submit_job(rng)),
			14..=22 => self.receipts(rng),
			23 => self.refusal(rng),
			24..=25 => self.dispute_or_check_request(rng),
			26..=29 => self.check_answer(rng),
			30..=32 => signed(self.register_dataset(rng, who)),
			33..=35 => signed(self.register_model(rng)),
			36..=40 => self.mint_output(rng, who),
			41 => signed(self.set_model_styles(rng)),
			42..=45 => self.attest(rng),
			46..=48 => self.bond_model(rng),
			49 => signed(self.attestation_misc(rng)),
			50..=51 if rng.chance(0.25) => signed(self.challenge(rng)),
			50..=51 => signed(self.reputation(rng)),
			52..=55 => self.list(rng),
			56..=59 => signed(self.buy(rng)),
			60 => self.external_sale(rng),
			61..=62 => signed(self.claim_royalties(rng)),
			63..=65 => signed(self.reputation(rng)),
			66..=67 => Some(self.vote_tx(rng, who)),
			68 => signed(self.referendum(rng)),
			69..=71 => self.governance_origin(rng),
			72..=73 => signed(self.oracle_operator(rng)),
			74..=75 => self.oracle_round(rng),
			76..=80 => self.model_shares(rng, who),
			81 => signed(self.validators(rng, who)),
			82..=85 => signed(self.transfer(rng)),
			86..=89 => signed(self.swap(rng)),
			90 => signed(self.liquidity(rng)),
			91..=92 => Some(self.batch(rng, who)),
			93..=95 => Some(self.proxy(rng, who)),
			96 => signed(self.multisig(rng)),
			97 => signed(RuntimeCall::System(frame_system::Call::remark_with_event {
				remark: vec![0; rng.below(64) as usize],
			})),
			_ => signed(RuntimeCall::Preimage(pallet_preimage::Call::note_preimage {
				bytes: vec![7; 1 + rng.below(256) as usize],
			})),
		}
	}

	// The compute market.

	fn class(rng: &mut Rng) -> HardwareClass {
		match rng.below(10) {
			0..=6 => HardwareClass::Cpu,
			7..=8 => HardwareClass::ConsumerGpu,
			_ => HardwareClass::DatacenterGpu,
		}
	}

	fn register_worker(&self, rng: &mut Rng, who: usize) -> RuntimeCall {
		let capacity = match rng.below(6) {
			0 => 0,
			1 => rng.range(1, 100),
			_ => rng.range(1_000, 50_000),
		};
		let stake = if rng.chance(0.8) {
			(capacity as u128 * UNIT / 100).max(100 * UNIT) + rng.below(100) as u128 * UNIT
		} else {
			rng.amount(UNIT, 4)
		};
		let key = &self.atel[who];
		let mut proof = key.sign(&compute::key_ownership_payload(&genesis(), &self.accounts[who]));
		if rng.chance(0.05) {
			proof = key.sign(b"something else");
		}
		let job_sizes = if rng.chance(0.7) {
			JobSizes::ANY
		} else {
			JobSizes { min_units: rng.range(0, 2_000), max_units: rng.range(0, 100_000) }
		};
		RuntimeCall::ComputeMarket(compute::Call::register_worker {
			stake,
			capacity,
			class: Self::class(rng),
			job_sizes,
			signing_key: key.public().into(),
			key_proof: proof.into(),
		})
	}

	fn worker_admin(&self, rng: &mut Rng) -> RuntimeCall {
		RuntimeCall::ComputeMarket(match rng.below(8) {
			0 => compute::Call::update_worker {
				capacity: Some(rng.range(0, 60_000)),
				signing_key: None,
				additional_stake: rng.amount(UNIT, 3),
			},
			1 => compute::Call::pause_worker {},
			2 => compute::Call::resume_worker {},
			3 => compute::Call::leave {},
			4 => compute::Call::withdraw_stake {},
			5 => compute::Call::set_job_sizes {
				job_sizes: JobSizes {
					min_units: rng.range(0, 500),
					max_units: rng.range(0, 100_000),
				},
			},
			6 => compute::Call::set_answers {
				answers: if rng.chance(0.5) {
					compute::Answers::Deterministic
				} else {
					compute::Answers::Nondeterministic
				},
			},
			_ => compute::Call::pause_worker {},
		})
	}

	/// A model that may earn (cleared by attestations and bonded), mostly; any model else.
	fn earning_model(rng: &mut Rng) -> ModelId {
		use atelier_primitives::models::ModelRegistry;
		for _ in 0..6 {
			let model = Self::model(rng);
			if <atelier_runtime::Provenance as ModelRegistry<AccountId>>::is_monetizable(&model) {
				return model;
			}
		}
		Self::model(rng)
	}

	fn model(rng: &mut Rng) -> ModelId {
		let next = pallet_provenance::NextModelId::<Runtime>::get();
		ModelId(if rng.chance(0.03) {
			next + rng.below(3) as u32
		} else {
			rng.below(next.max(1) as u64) as u32
		})
	}

	fn submit_job(&self, rng: &mut Rng) -> RuntimeCall {
		let class = Self::class(rng);
		let base = compute::BaseFee::<Runtime>::get(class);
		let now = System::block_number();
		RuntimeCall::ComputeMarket(compute::Call::submit_job {
			model: Self::earning_model(rng),
			class,
			max_units: match rng.below(10) {
				0 => 0,
				1 => rng.range(100_000, 200_000),
				_ => rng.range(1, 3_000),
			},
			max_base_fee_per_unit: match rng.below(10) {
				0 => rng.amount(MICRO_UNIT, 6),
				1 => base / 2,
				_ => base.saturating_mul(rng.range(1, 4) as u128),
			},
			tip_per_unit: if rng.chance(0.3) { rng.range(0, 5) as u128 * MICRO_UNIT } else { 0 },
			input_commitment: H256::from_low_u64_be(rng.next_u64()),
			deadline: now + rng.range(0, 330) as u32,
			verification: if rng.chance(0.8) {
				compute::Verification::Required
			} else {
				compute::Verification::Waived
			},
		})
	}

	/// A worker with assigned jobs answers one or a batch of them, mostly honestly.
	fn receipts(&self, rng: &mut Rng) -> Option<Tx> {
		let workers: Vec<(AccountId, Vec<JobId>)> = compute::AssignedJobs::<Runtime>::iter()
			.map(|(who, jobs)| (who, jobs.into_inner()))
			.filter(|(_, jobs)| !jobs.is_empty())
			.collect();
		let (worker, jobs) = rng.pick(&workers)?.clone();
		let record = compute::Workers::<Runtime>::get(&worker)?;
		let signer = self.index_of_atel(&record.signing_key)?;
		let key = &self.atel[signer];
		let take = if rng.chance(0.7) { 1 } else { rng.range(1, jobs.len() as u64) as usize };
		let start = rng.below((jobs.len() - take + 1) as u64) as usize;
		let mut chosen: Vec<JobId> = jobs[start..start + take].to_vec();
		chosen.sort();
		let mut receipts = Vec::new();
		let mut models = std::collections::BTreeSet::new();
		for job in chosen {
			let record = compute::Jobs::<Runtime>::get(job)?;
			models.insert(record.model);
			let units = match rng.below(20) {
				0 => 0,
				1 => record.max_units + 1,
				_ => rng.range(1, record.max_units.max(1)),
			};
			receipts.push(Receipt {
				job,
				output_hash: compute::output_commitment(job, &H256::from_low_u64_be(job.0)),
				units_used: units,
			});
		}
		if receipts.len() == 1 && rng.chance(0.6) {
			let receipt = receipts.pop()?;
			let signature = key.sign(&compute::receipt_signing_payload(&genesis(), &receipt));
			return Some(Tx::Bare(RuntimeCall::ComputeMarket(compute::Call::submit_receipt {
				receipt,
				signature: signature.into(),
			})));
		}
		let mut licensees = std::collections::BTreeSet::new();
		for model in &models {
			if let Some(m) = pallet_provenance::Models::<Runtime>::get(model) {
				licensees.extend(m.licensees.into_iter().map(|(payee, _)| payee));
			}
		}
		let mut witness = compute::SettlementWitness {
			models: models.len() as u32,
			licensees: licensees.len() as u32,
		};
		if rng.chance(0.05) {
			witness.licensees = witness.licensees.saturating_sub(1);
		}
		let signature = key.sign(&compute::receipts_signing_payload(&genesis(), &receipts));
		Some(Tx::Bare(RuntimeCall::ComputeMarket(compute::Call::submit_receipts {
			receipts: receipts.try_into().ok()?,
			witness,
			signature: signature.into(),
		})))
	}

	fn refusal(&self, rng: &mut Rng) -> Option<Tx> {
		let (worker, jobs) =
			compute::AssignedJobs::<Runtime>::iter().find(|(_, j)| !j.is_empty())?;
		let record = compute::Workers::<Runtime>::get(&worker)?;
		let key = &self.atel[self.index_of_atel(&record.signing_key)?];
		let job = *rng.pick(&jobs)?;
		let refusal = Refusal {
			job,
			reason: if rng.chance(0.5) {
				RefusalReason::Invalid
			} else {
				RefusalReason::TooSmall { min_units: rng.range(1, 100_000) }
			},
		};
		let signature = key.sign(&compute::refusal_signing_payload(&genesis(), &refusal));
		Some(Tx::Bare(RuntimeCall::ComputeMarket(compute::Call::refuse_job {
			refusal,
			signature: signature.into(),
		})))
	}

	fn settled_job(rng: &mut Rng) -> Option<(JobId, AccountId)> {
		let next = compute::NextJobId::<Runtime>::get();
		for _ in 0..8 {
			let job = JobId(next.saturating_sub(1 + rng.below(64)));
			if let Some(record) = compute::Jobs::<Runtime>::get(job) {
				if matches!(record.status, JobStatus::Settled { .. }) {
					return Some((job, record.requester));
				}
			}
		}
		None
	}

	fn dispute_or_check_request(&self, rng: &mut Rng) -> Option<Tx> {
		let (job, requester) = Self::settled_job(rng)?;
		let who = self.index_of(&requester)?;
		let call = if rng.chance(0.5) {
			compute::Call::dispute_receipt { job }
		} else {
			compute::Call::request_check { job }
		};
		Some(Tx::Signed(who, RuntimeCall::ComputeMarket(call)))
	}

	/// A drawn checker commits, reveals or dissents.
	fn check_answer(&mut self, rng: &mut Rng) -> Option<Tx> {
		let drawn: Vec<(AccountId, Vec<JobId>)> = compute::ChecksOf::<Runtime>::iter()
			.map(|(who, jobs)| (who, jobs.into_inner()))
			.filter(|(_, jobs)| !jobs.is_empty())
			.collect();
		let (checker, jobs) = rng.pick(&drawn)?.clone();
		let job = *rng.pick(&jobs)?;
		let check = compute::Checks::<Runtime>::get(job)?;
		let index = self.index_of(&checker)?;
		let record = compute::Workers::<Runtime>::get(&checker)?;
		let key = self.atel[self.index_of_atel(&record.signing_key)?].clone();
		let committed = check
			.answers
			.iter()
			.any(|answer| answer.checker == checker && answer.commitment.is_some());
		let call = match check.stage {
			// A checker commits once; its answer is kept for the reveal.
			compute::CheckStage::Commit if committed => return None,
			compute::CheckStage::Commit => {
				// The workers here serve job `j` with output `j` (the receipts above): an honest
				// checker finds the same (the receipt's `output_commitment`), now and then one
				// does not.
				let output = if rng.chance(0.9) {
					H256::from_low_u64_be(job.0)
				} else {
					H256::from_low_u64_be(rng.next_u64())
				};
				let mut salt = [0u8; 32];
				salt[..8].copy_from_slice(&rng.next_u64().to_le_bytes());
				self.checks.insert((job.0, index), (output, salt));
				let commitment = compute::check_commitment(job, &checker, &output, &salt);
				if rng.chance(0.1) {
					let signature = key.sign(&compute::check_dissent_payload(&genesis(), job));
					compute::Call::dissent_check { job, signature: signature.into() }
				} else {
					let signature =
						key.sign(&compute::check_commit_payload(&genesis(), job, &commitment));
					compute::Call::commit_check { job, commitment, signature: signature.into() }
				}
			},
			compute::CheckStage::Reveal => {
				let (output, salt) = *self.checks.get(&(job.0, index))?;
				let signature =
					key.sign(&compute::check_reveal_payload(&genesis(), job, &output, &salt));
				compute::Call::reveal_check {
					job,
					output_hash: output,
					salt,
					signature: signature.into(),
				}
			},
			compute::CheckStage::Drawing => return None,
		};
		Some(Tx::Bare(RuntimeCall::ComputeMarket(call)))
	}

	// Provenance.

	fn licence(rng: &mut Rng) -> LicenseTerms {
		let permission = |rng: &mut Rng| match rng.below(6) {
			0 => Permission::NotAllowed,
			1 => Permission::Constrained,
			_ => Permission::Allowed,
		};
		LicenseTerms {
			training: permission(rng),
			generative_training: permission(rng),
			inference: permission(rng),
		}
	}

	fn register_dataset(&self, rng: &mut Rng, who: usize) -> RuntimeCall {
		let mut contributors = vec![(self.accounts[who].clone(), rng.range(1, 10) as u32)];
		for _ in 0..rng.below(4) {
			contributors.push((self.account(rng), rng.range(0, 10) as u32));
		}
		RuntimeCall::Provenance(pallet_provenance::Call::register_dataset {
			content_hash: H256::from_low_u64_be(rng.next_u64()),
			license: Self::licence(rng),
			contributors,
		})
	}

	fn dataset(rng: &mut Rng) -> DatasetId {
		let next = pallet_provenance::NextDatasetId::<Runtime>::get();
		DatasetId(if rng.chance(0.03) { next } else { rng.below(next.max(1) as u64) as u32 })
	}

	fn register_model(&self, rng: &mut Rng) -> RuntimeCall {
		let base = if rng.chance(0.3) && pallet_provenance::NextModelId::<Runtime>::get() > 0 {
			Some(Self::model(rng))
		} else {
			None
		};
		let mut datasets: Vec<DatasetId> =
			(0..rng.range(0, 3)).map(|_| Self::dataset(rng)).collect();
		if base.is_none() && datasets.is_empty() && rng.chance(0.9) {
			datasets.push(Self::dataset(rng));
		}
		let fine_tuners = (0..rng.below(3))
			.map(|_| (self.account(rng), Perbill::from_percent(rng.range(0, 30) as u32)))
			.collect();
		// Mostly at least the fifth a model owes upstream, now and then less.
		let percent = |rng: &mut Rng| {
			let at_least = if rng.chance(0.9) { 20 } else { 0 };
			Perbill::from_percent(rng.range(at_least, 60) as u32)
		};
		let shares = pallet_provenance::ModelShares {
			datasets: if datasets.is_empty() { Perbill::zero() } else { percent(rng) },
			base_model: if base.is_some() { percent(rng) } else { Perbill::zero() },
		};
		RuntimeCall::Provenance(pallet_provenance::Call::register_model {
			base_model: base,
			datasets,
			fine_tuners,
			version_hash: H256::from_low_u64_be(rng.next_u64()),
			shares,
		})
	}

	fn output(rng: &mut Rng) -> OutputId {
		let next = pallet_provenance::NextOutputId::<Runtime>::get();
		OutputId(if rng.chance(0.03) { next } else { rng.below(next.max(1) as u64) as u32 })
	}

	/// Mints an output, from a settled job of the caller's when there is one.
	fn mint_output(&self, rng: &mut Rng, who: usize) -> Option<Tx> {
		let (who, model, job, content) = match Self::settled_job(rng) {
			Some((job, requester)) if rng.chance(0.6) => {
				let record = compute::Jobs::<Runtime>::get(job)?;
				let who = self.index_of(&requester)?;
				(who, record.model, Some(job), H256::from_low_u64_be(job.0))
			},
			_ => (who, Self::earning_model(rng), None, H256::from_low_u64_be(rng.next_u64())),
		};
		let parents = if rng.chance(0.3) && pallet_provenance::NextOutputId::<Runtime>::get() > 0 {
			(0..rng.range(1, 3)).map(|_| Self::output(rng)).collect()
		} else {
			vec![]
		};
		Some(Tx::Signed(
			who,
			RuntimeCall::Provenance(pallet_provenance::Call::mint_output {
				model,
				job,
				content_hash: content,
				prompts: (0..rng.below(3)).map(|_| H256::from_low_u64_be(rng.next_u64())).collect(),
				parents,
				content_credential: None,
				creator_share: Perbill::from_percent(rng.range(0, 45) as u32),
			}),
		))
	}

	fn set_model_styles(&self, rng: &mut Rng) -> RuntimeCall {
		let styles: Vec<u16> = (0..rng.range(0, 4)).map(|_| rng.below(6) as u16).collect();
		RuntimeCall::Provenance(pallet_provenance::Call::set_model_styles {
			model: Self::model(rng),
			styles: atelier_primitives::models::ModelStyleList::truncate_from(styles),
		})
	}

	// Attestation.

	fn attest(&self, rng: &mut Rng) -> Option<Tx> {
		// Mostly the genesis attestors (the quorum), now and then anyone.
		let who =
			if rng.chance(0.85) { self.fuzzed + rng.below(2) as usize } else { self.someone(rng) };
		let now = System::block_number();
		Some(Tx::Signed(
			who,
			RuntimeCall::Attestation(pallet_attestation::Call::attest {
				dataset: Self::dataset(rng),
				uses: pallet_attestation::Uses(if rng.chance(0.8) {
					0b111
				} else {
					rng.below(9) as u8
				}),
				evidence: H256::from_low_u64_be(rng.next_u64()),
				expires: now + rng.range(0, 200_000) as u32,
			}),
		))
	}

	/// A model's owner bonds it (or unbonds, or withdraws the bond).
	fn bond_model(&self, rng: &mut Rng) -> Option<Tx> {
		let model = Self::model(rng);
		let owner = pallet_provenance::Models::<Runtime>::get(model)?.owner;
		let who = self.index_of(&owner)?;
		let call = match rng.below(10) {
			0 => pallet_attestation::Call::unbond_model { model },
			1 => pallet_attestation::Call::withdraw_model_bond { model },
			_ => pallet_attestation::Call::bond_model { model },
		};
		Some(Tx::Signed(who, RuntimeCall::Attestation(call)))
	}

	fn attestation_misc(&self, rng: &mut Rng) -> RuntimeCall {
		RuntimeCall::Attestation(match rng.below(6) {
			0 => pallet_attestation::Call::apply_as_attestor {},
			1 => pallet_attestation::Call::leave {},
			2 => pallet_attestation::Call::withdraw_attestor { who: self.account(rng) },
			3 => pallet_attestation::Call::revoke { dataset: Self::dataset(rng) },
			4 => pallet_attestation::Call::lapse {
				id: rng
					.below(pallet_attestation::NextChallengeId::<Runtime>::get().max(1) as u64 + 1)
					as u32,
			},
			_ => pallet_attestation::Call::enforce { model: Self::model(rng) },
		})
	}

	fn target(rng: &mut Rng) -> pallet_attestation::Target {
		if rng.chance(0.5) {
			pallet_attestation::Target::Dataset(Self::dataset(rng))
		} else {
			pallet_attestation::Target::Model(Self::model(rng))
		}
	}

	fn severity(rng: &mut Rng) -> pallet_attestation::Severity {
		if rng.chance(0.5) {
			pallet_attestation::Severity::Minor
		} else {
			pallet_attestation::Severity::Major
		}
	}

	fn challenge(&self, rng: &mut Rng) -> RuntimeCall {
		RuntimeCall::Attestation(pallet_attestation::Call::challenge {
			target: Self::target(rng),
			severity: Self::severity(rng),
			evidence: H256::from_low_u64_be(rng.next_u64()),
		})
	}

	// Royalties (the marketplace).

	fn asset(rng: &mut Rng) -> pallet_royalties::PaymentAsset {
		match rng.below(10) {
			0..=5 => pallet_royalties::PaymentAsset::Native,
			6..=8 => pallet_royalties::PaymentAsset::Asset(stablecoin::ASSET_ID),
			_ => pallet_royalties::PaymentAsset::Asset(rng.below(3) as u32 + 2),
		}
	}

	fn price(rng: &mut Rng, asset: &pallet_royalties::PaymentAsset) -> u128 {
		match asset {
			pallet_royalties::PaymentAsset::Native => match rng.below(10) {
				0 => rng.amount(1, 12),
				_ => rng.range(1, 5_000) as u128 * UNIT,
			},
			_ => match rng.below(10) {
				0 => rng.amount(1, 6),
				_ => rng.range(1, 5_000) as u128 * stablecoin::DOLLAR,
			},
		}
	}

	fn owner_of_output(output: OutputId) -> Option<AccountId> {
		let collections = pallet_provenance::ProvenanceCollections::<Runtime>::get()?;
		pallet_nfts::Pallet::<Runtime>::owner(collections.outputs, output.0)
	}

	fn list(&self, rng: &mut Rng) -> Option<Tx> {
		let output = Self::output(rng);
		let owner = Self::owner_of_output(output)?;
		let who = self.index_of(&owner)?;
		let asset = Self::asset(rng);
		let call = if rng.chance(0.1) {
			pallet_royalties::Call::unlist { output }
		} else {
			pallet_royalties::Call::list { output, price: Self::price(rng, &asset), asset }
		};
		Some(Tx::Signed(who, RuntimeCall::Royalties(call)))
	}

	fn buy(&self, rng: &mut Rng) -> RuntimeCall {
		let listed: Vec<(OutputId, pallet_royalties::ListingOf<Runtime>)> =
			pallet_royalties::Listings::<Runtime>::iter().take(64).collect();
		match rng.pick(&listed) {
			Some((output, listing)) => RuntimeCall::Royalties(pallet_royalties::Call::buy {
				output: *output,
				listing: if rng.chance(0.95) { listing.id } else { listing.id + 1 },
				asset: if rng.chance(0.95) { listing.asset } else { Self::asset(rng) },
				max_price: if rng.chance(0.9) { listing.price } else { listing.price / 2 },
			}),
			None => RuntimeCall::Royalties(pallet_royalties::Call::buy {
				output: Self::output(rng),
				listing: 0,
				asset: pallet_royalties::PaymentAsset::Native,
				max_price: UNIT,
			}),
		}
	}

	fn external_sale(&self, rng: &mut Rng) -> Option<Tx> {
		let output = Self::output(rng);
		if let Some(sale) = pallet_royalties::ExternalSales::<Runtime>::get(output) {
			let buyer = self.index_of(&sale.buyer)?;
			let call = if rng.chance(0.8) {
				pallet_royalties::Call::accept_external_sale {
					output,
					asset: sale.asset,
					price: sale.price,
				}
			} else {
				pallet_royalties::Call::cancel_external_sale { output }
			};
			return Some(Tx::Signed(buyer, RuntimeCall::Royalties(call)));
		}
		let owner = Self::owner_of_output(output)?;
		let who = self.index_of(&owner)?;
		let asset = Self::asset(rng);
		Some(Tx::Signed(
			who,
			RuntimeCall::Royalties(pallet_royalties::Call::record_external_sale {
				output,
				buyer: self.account(rng),
				price: Self::price(rng, &asset),
				asset,
			}),
		))
	}

	fn claim_royalties(&self, rng: &mut Rng) -> RuntimeCall {
		RuntimeCall::Royalties(pallet_royalties::Call::claim {
			beneficiary: self.account(rng),
			asset: Self::asset(rng),
			model: Self::model(rng),
		})
	}

	// Reputation and governance.

	fn reputation(&self, rng: &mut Rng) -> RuntimeCall {
		RuntimeCall::Reputation(match rng.below(6) {
			0..=2 => pallet_reputation::Call::stake { amount: rng.amount(UNIT, 4) },
			3 => pallet_reputation::Call::unstake { amount: rng.amount(UNIT, 4) },
			4 => pallet_reputation::Call::withdraw_unbonded {},
			_ => pallet_reputation::Call::refresh { who: self.account(rng) },
		})
	}

	fn poll(rng: &mut Rng) -> u32 {
		let count = pallet_referenda::ReferendumCount::<Runtime>::get();
		rng.below(count as u64 + 1) as u32
	}

	/// A vote, a vote's removal, or a treasury payout; by a founder (the genesis attestors and
	/// the sudo key hold founding seeds: they have vote weight from genesis) or anyone.
	fn vote_tx(&self, rng: &mut Rng, who: usize) -> Tx {
		let voter = if rng.chance(0.5) { self.fuzzed + rng.below(3) as usize } else { who };
		Tx::Signed(voter, self.vote(rng))
	}

	fn vote(&self, rng: &mut Rng) -> RuntimeCall {
		if rng.chance(0.15) {
			let count = pallet_treasury::SpendCount::<Runtime>::get();
			let index = rng.below(count as u64 + 1) as u32;
			return RuntimeCall::Treasury(if rng.chance(0.7) {
				pallet_treasury::Call::payout { index }
			} else {
				pallet_treasury::Call::check_status { index }
			});
		}
		RuntimeCall::Governance(match rng.below(6) {
			0 => pallet_governance::Call::remove_vote { poll: Self::poll(rng) },
			1 => pallet_governance::Call::remove_other_vote {
				who: self.account(rng),
				poll: Self::poll(rng),
			},
			_ => pallet_governance::Call::vote { poll: Self::poll(rng), aye: rng.chance(0.6) },
		})
	}

	fn origin(rng: &mut Rng) -> OriginCaller {
		use pallet_governance::Origin as G;
		match rng.below(6) {
			0 => OriginCaller::system(frame_system::RawOrigin::Root),
			1 => OriginCaller::Governance(G::Treasurer),
			2 => OriginCaller::Governance(G::EconomicParameters),
			3 => OriginCaller::Governance(G::Disputes),
			4 => OriginCaller::Governance(G::ReferendumCanceller),
			_ => OriginCaller::Governance(G::ReferendumKiller),
		}
	}

	/// A referendum's life: its preimage, submission, decision deposit, refunds.
	fn referendum(&self, rng: &mut Rng) -> RuntimeCall {
		let proposal = RuntimeCall::System(frame_system::Call::remark {
			remark: rng.next_u64().to_le_bytes().to_vec(),
		});
		let bytes = proposal.encode();
		let hash = <Runtime as frame_system::Config>::Hashing::hash(&bytes);
		match rng.below(6) {
			0..=1 => RuntimeCall::Utility(pallet_utility::Call::batch_all {
				calls: vec![
					RuntimeCall::Preimage(pallet_preimage::Call::note_preimage {
						bytes: bytes.clone(),
					}),
					RuntimeCall::Referenda(pallet_referenda::Call::submit {
						proposal_origin: Box::new(Self::origin(rng)),
						proposal: Bounded::Lookup { hash, len: bytes.len() as u32 },
						enactment_moment: DispatchTime::After(rng.below(20) as u32),
					}),
				],
			}),
			2..=3 => RuntimeCall::Referenda(pallet_referenda::Call::place_decision_deposit {
				index: Self::poll(rng),
			}),
			4 => RuntimeCall::Referenda(pallet_referenda::Call::refund_decision_deposit {
				index: Self::poll(rng),
			}),
			_ => RuntimeCall::Referenda(pallet_referenda::Call::refund_submission_deposit {
				index: Self::poll(rng),
			}),
		}
	}

	/// What only Root or a track may do, as an enacted referendum would do it: through the dev
	/// chain's sudo key, as Root or (`dispatch_as`) as a track's origin.
	fn governance_origin(&self, rng: &mut Rng) -> Option<Tx> {
		let call = match rng.below(12) {
			0..=3 => RuntimeCall::Governance(pallet_governance::Call::set_parameter {
				key_value: Self::parameter(rng)?,
			}),
			4 => {
				let (job, _) =
					Self::settled_job(rng).unwrap_or((JobId(0), self.accounts[0].clone()));
				RuntimeCall::ComputeMarket(compute::Call::resolve_dispute {
					job,
					uphold: rng.chance(0.5),
				})
			},
			5 => RuntimeCall::Attestation(pallet_attestation::Call::uphold {
				id: rng.below(pallet_attestation::NextChallengeId::<Runtime>::get() as u64 + 1)
					as u32,
				severity: Self::severity(rng),
			}),
			6 => RuntimeCall::Attestation(pallet_attestation::Call::reject {
				id: rng.below(pallet_attestation::NextChallengeId::<Runtime>::get() as u64 + 1)
					as u32,
			}),
			7 => RuntimeCall::Attestation(match rng.below(2) {
				0 => pallet_attestation::Call::lift { target: Self::target(rng) },
				_ => pallet_attestation::Call::approve_attestor { who: self.account(rng) },
			}),
			8 => RuntimeCall::Reserve(pallet_reserve::Call::set_budget_line {
				who: self.account(rng),
				per_day: rng.amount(stablecoin::DOLLAR, 4),
			}),
			9 => RuntimeCall::Provenance(pallet_provenance::Call::add_style {
				name: vec![b'a' + rng.below(26) as u8; 1 + rng.below(8) as usize]
					.try_into()
					.ok()?,
			}),
			10 => RuntimeCall::Reserve(pallet_reserve::Call::set_steering {
				mode: if rng.chance(0.5) {
					pallet_reserve::SteeringMode::Rules
				} else {
					pallet_reserve::SteeringMode::Frozen
				},
			}),
			11 if rng.chance(0.5) => RuntimeCall::Treasury(pallet_treasury::Call::spend {
				asset_kind: Box::new(if rng.chance(0.5) {
					NativeOrWithId::Native
				} else {
					NativeOrWithId::WithId(stablecoin::ASSET_ID)
				}),
				amount: rng.amount(UNIT, 6),
				beneficiary: Box::new(self.account(rng)),
				valid_from: None,
			}),
			_ => RuntimeCall::Referenda(pallet_referenda::Call::cancel { index: Self::poll(rng) }),
		};
		let origin = Self::origin(rng);
		let call = if matches!(origin, OriginCaller::system(_)) {
			RuntimeCall::Sudo(pallet_sudo_call(call))
		} else {
			RuntimeCall::Sudo(pallet_sudo_call(RuntimeCall::Utility(
				pallet_utility::Call::dispatch_as {
					as_origin: Box::new(origin),
					call: Box::new(call),
				},
			)))
		};
		Some(Tx::Signed(self.sudo(), call))
	}

	/// A governance parameter with a value drawn from bytes: any key of any group, and values
	/// at and past the edges of their ranges, which the range and relation checks must refuse.
	fn parameter(rng: &mut Rng) -> Option<atelier_runtime::configs::parameters::RuntimeParameters> {
		use atelier_runtime::configs::parameters::RuntimeParameters;
		for _ in 0..256 {
			// The group's index, the key's (its key is a unit struct: no bytes), then the
			// value: `Some` and its bytes, or now and then `None` (back to the default).
			let mut bytes = vec![rng.below(10) as u8, rng.below(14) as u8];
			if rng.chance(0.05) {
				bytes.push(0);
			} else {
				bytes.push(1);
				for _ in 0..rng.range(1, 48) {
					bytes.push(match rng.below(6) {
						0 => 0,
						1 => 0xff,
						2 => rng.below(8) as u8,
						_ => rng.next_u64() as u8,
					});
				}
			}
			if let Ok(parameter) = RuntimeParameters::decode(&mut &bytes[..]) {
				if parameter.encode().len() == bytes.len() {
					return Some(parameter);
				}
			}
		}
		None
	}

	// Oracle operators.

	/// A bond: with probability `p` a plausible one (whole ATL in `range`), else any amount
	/// over `decades` orders of magnitude, edges included.
	fn bond(rng: &mut Rng, p: f64, range: (u64, u64), decades: u32) -> u128 {
		if rng.chance(p) {
			rng.range(range.0, range.1) as u128 * UNIT
		} else {
			rng.amount(UNIT, decades)
		}
	}

	fn oracle_operator(&self, rng: &mut Rng) -> RuntimeCall {
		RuntimeCall::OracleOperators(match rng.below(6) {
			0..=2 => pallet_oracle_operators::Call::register {
				bond: Self::bond(rng, 0.8, (1_000, 3_000), 4),
			},
			3 => pallet_oracle_operators::Call::bond_more { extra: rng.amount(UNIT, 3) },
			4 => pallet_oracle_operators::Call::leave {},
			_ => pallet_oracle_operators::Call::withdraw {},
		})
	}

	/// An operator commits to values in the open round, or reveals what it committed to.
	fn oracle_round(&mut self, rng: &mut Rng) -> Option<Tx> {
		use atelier_primitives::oracle::FeedKey;
		let round = pallet_oracle_operators::CurrentRound::<Runtime>::get()?;
		let operators: Vec<AccountId> =
			pallet_oracle_operators::Operators::<Runtime>::iter_keys().collect();
		let operator = rng.pick(&operators)?.clone();
		let who = self.index_of(&operator)?;
		let now = System::block_number();
		let committed = pallet_oracle_operators::Commitments::<Runtime>::contains_key(&operator);
		let call = if now <= round.commit_ends {
			if committed {
				return None;
			}
			let mut values = vec![];
			for model in 0..rng.below(3) as u32 {
				values.push((FeedKey::ModelQuality(ModelId(model)), rng.range(0, 1_000) as u128));
			}
			values.push((FeedKey::AtlPrice, rng.range(900_000, 1_100_000) as u128));
			let mut salt = [0u8; 32];
			salt[..8].copy_from_slice(&rng.next_u64().to_le_bytes());
			let commitment =
				pallet_oracle_operators::commitment(round.index, &operator, &values[..], &salt);
			self.reveals.insert((round.index, who), (values, salt));
			pallet_oracle_operators::Call::commit { round: round.index, commitment }
		} else {
			let (values, salt) = self.reveals.get(&(round.index, who))?.clone();
			pallet_oracle_operators::Call::reveal {
				round: round.index,
				values: values.try_into().ok()?,
				salt,
			}
		};
		Some(Tx::Signed(who, RuntimeCall::OracleOperators(call)))
	}

	// Model shares.

	fn model_shares(&self, rng: &mut Rng, who: usize) -> Option<Tx> {
		use pallet_model_shares::Call;
		let model = Self::model(rng);
		let supply = pallet_model_shares::Classes::<Runtime>::get(model).map(|c| c.supply);
		let call = match (supply, rng.below(8)) {
			(None, _) => {
				let owner =
					pallet_model_shares::IncomeOwners::<Runtime>::get(model).or_else(|| {
						pallet_provenance::Models::<Runtime>::get(model).map(|m| m.owner)
					})?;
				let owner = self.index_of(&owner)?;
				return Some(Tx::Signed(
					owner,
					RuntimeCall::ModelShares(Call::issue {
						model,
						supply: match rng.below(8) {
							0 => rng.range(0, 20_000),
							1 => u64::MAX,
							_ => 1_000_000,
						},
					}),
				));
			},
			(Some(supply), 0..=1) => {
				let holders: Vec<(AccountId, u64)> = self
					.accounts
					.iter()
					.filter_map(|who| {
						pallet_model_shares::Holdings::<Runtime>::get(who, model)
							.map(|holding| (who.clone(), holding.shares))
					})
					.collect();
				let (holder, shares) = rng.pick(&holders)?.clone();
				let from = self.index_of(&holder)?;
				let amount = match rng.below(4) {
					0 => rng.range(1, supply / 20_000 + 1),
					_ => rng.range(1, shares.max(1)),
				};
				return Some(Tx::Signed(
					from,
					RuntimeCall::ModelShares(Call::transfer {
						model,
						to: self.account(rng),
						amount,
					}),
				));
			},
			(Some(_), 2..=3) => Call::claim { model, holder: self.account(rng) },
			(Some(supply), 4..=5) => {
				let holders: Vec<AccountId> = self
					.accounts
					.iter()
					.filter(|who| {
						pallet_model_shares::Holdings::<Runtime>::contains_key(who, model)
					})
					.cloned()
					.collect();
				let holder = rng.pick(&holders)?.clone();
				let from = self.index_of(&holder)?;
				let asset = Self::asset(rng);
				return Some(Tx::Signed(
					from,
					RuntimeCall::ModelShares(Call::offer {
						model,
						amount: rng.range(1, supply / 4 + 1),
						price: rng.amount(1, 6),
						asset,
					}),
				));
			},
			(Some(_), 6) => {
				let offers: Vec<(AccountId, pallet_model_shares::OfferOf<Runtime>)> =
					pallet_model_shares::Offers::<Runtime>::iter_prefix(model).take(16).collect();
				let (seller, offer) = rng.pick(&offers)?.clone();
				Call::buy {
					model,
					seller,
					amount: rng.range(1, offer.amount.max(1)),
					asset: offer.asset,
					max_price: offer.price,
				}
			},
			(Some(_), _) => {
				if rng.chance(0.5) {
					Call::redeem { model }
				} else {
					Call::cancel_offer { model }
				}
			},
		};
		Some(Tx::Signed(who, RuntimeCall::ModelShares(call)))
	}

	// Validators.

	/// `who`'s session keys (`//sim//<i>//babe`, `//sim//<i>//gran`) and their proof of
	/// possession, as `session.setKeys` takes them (a wrong proof now and then).
	fn set_keys(&self, rng: &mut Rng, who: usize) -> RuntimeCall {
		use sp_core::proof_of_possession::ProofOfPossessionGenerator;
		let owner = self.accounts[who].encode();
		let mut babe =
			sr25519::Pair::from_string(&format!("//sim//{who}//babe"), None).expect("a seed");
		let mut grandpa = sp_core::ed25519::Pair::from_string(&format!("//sim//{who}//gran"), None)
			.expect("a seed");
		let proof_owner = if rng.chance(0.9) { owner } else { vec![0; 32] };
		let proof = (
			babe.generate_proof_of_possession(&proof_owner),
			grandpa.generate_proof_of_possession(&proof_owner),
		)
			.encode();
		let keys = atelier_runtime::SessionKeys {
			babe: babe.public().into(),
			grandpa: grandpa.public().into(),
		};
		RuntimeCall::Session(pallet_session::Call::set_keys { keys, proof })
	}

	fn validators(&self, rng: &mut Rng, who: usize) -> RuntimeCall {
		if rng.chance(0.3) {
			return if rng.chance(0.9) {
				self.set_keys(rng, who)
			} else {
				RuntimeCall::Session(pallet_session::Call::purge_keys {})
			};
		}
		RuntimeCall::Validators(match rng.below(4) {
			0 => pallet_validators::Call::register_candidate {
				bond: Self::bond(rng, 0.7, (10_000, 50_000), 5),
			},
			1 => pallet_validators::Call::bond_more { extra: rng.amount(UNIT, 3) },
			2 => pallet_validators::Call::leave {},
			_ => pallet_validators::Call::withdraw_unbonded {},
		})
	}

	// The standard pallets.

	fn transfer(&self, rng: &mut Rng) -> RuntimeCall {
		let dest = self.account(rng);
		match rng.below(8) {
			0..=2 => RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: dest.into(),
				value: rng.amount(UNIT, 4),
			}),
			3..=4 => RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
				dest: dest.into(),
				value: rng.amount(UNIT, 4),
			}),
			5 if rng.chance(0.2) => RuntimeCall::Balances(pallet_balances::Call::transfer_all {
				dest: dest.into(),
				keep_alive: rng.chance(0.5),
			}),
			5 => RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: dest.into(),
				value: rng.amount(UNIT, 2),
			}),
			_ => RuntimeCall::Assets(pallet_assets::Call::transfer_keep_alive {
				id: stablecoin::ASSET_ID.into(),
				target: dest.into(),
				amount: rng.amount(stablecoin::DOLLAR, 4),
			}),
		}
	}

	fn swap(&self, rng: &mut Rng) -> RuntimeCall {
		let native = Box::new(NativeOrWithId::Native);
		let usd = Box::new(NativeOrWithId::WithId(stablecoin::ASSET_ID));
		let sell_atl = rng.chance(0.5);
		let (path, unit) = if sell_atl {
			(vec![native, usd], UNIT)
		} else {
			(vec![usd, native], stablecoin::DOLLAR)
		};
		let amount =
			if rng.chance(0.9) { rng.range(1, 2_000) as u128 * unit } else { rng.amount(unit, 6) };
		if rng.chance(0.8) {
			RuntimeCall::AssetConversion(
				pallet_asset_conversion::Call::swap_exact_tokens_for_tokens {
					path,
					amount_in: amount,
					amount_out_min: 1,
					send_to: self.account(rng),
					keep_alive: rng.chance(0.9),
				},
			)
		} else {
			RuntimeCall::AssetConversion(
				pallet_asset_conversion::Call::swap_tokens_for_exact_tokens {
					path,
					amount_out: amount / 2,
					amount_in_max: amount.saturating_mul(2),
					send_to: self.account(rng),
					keep_alive: rng.chance(0.9),
				},
			)
		}
	}

	fn liquidity(&self, rng: &mut Rng) -> RuntimeCall {
		let native = Box::new(NativeOrWithId::Native);
		let usd = Box::new(NativeOrWithId::WithId(stablecoin::ASSET_ID));
		if rng.chance(0.7) {
			let atl = rng.range(1, 1_000) as u128;
			RuntimeCall::AssetConversion(pallet_asset_conversion::Call::add_liquidity {
				asset1: native,
				asset2: usd,
				amount1_desired: atl * UNIT,
				amount2_desired: atl * stablecoin::DOLLAR * 2,
				amount1_min: 0,
				amount2_min: 0,
				mint_to: self.account(rng),
			})
		} else {
			RuntimeCall::AssetConversion(pallet_asset_conversion::Call::remove_liquidity {
				asset1: native,
				asset2: usd,
				lp_token_burn: rng.amount(UNIT, 3),
				amount1_min_receive: 0,
				amount2_min_receive: 0,
				withdraw_to: self.account(rng),
			})
		}
	}

	/// A signed call of the caller's own, for batches and proxies.
	fn inner(&mut self, rng: &mut Rng, who: usize) -> RuntimeCall {
		for _ in 0..16 {
			if let Some(Tx::Signed(from, call)) = self.try_tx(rng) {
				if from == who || rng.chance(0.3) {
					return call;
				}
			}
		}
		self.transfer(rng)
	}

	fn batch(&mut self, rng: &mut Rng, who: usize) -> Tx {
		let calls = (0..rng.range(1, 4)).map(|_| self.inner(rng, who)).collect();
		Tx::Signed(
			who,
			RuntimeCall::Utility(match rng.below(3) {
				0 => pallet_utility::Call::batch { calls },
				1 => pallet_utility::Call::batch_all { calls },
				_ => pallet_utility::Call::force_batch { calls },
			}),
		)
	}

	/// Adds a proxy of some type, or has a proxy act for its principal.
	fn proxy(&mut self, rng: &mut Rng, who: usize) -> Tx {
		use atelier_runtime::configs::accounts::ProxyType;
		let proxy_type = match rng.below(4) {
			0 => ProxyType::Any,
			1 => ProxyType::NonTransfer,
			2 => ProxyType::Compute,
			_ => ProxyType::Governance,
		};
		let delegates: Vec<(AccountId, AccountId)> = pallet_proxy::Proxies::<Runtime>::iter()
			.flat_map(|(real, (proxies, _))| {
				proxies.into_iter().map(move |p| (real.clone(), p.delegate)).collect::<Vec<_>>()
			})
			.take(64)
			.collect();
		match rng.pick(&delegates) {
			Some((real, delegate)) if rng.chance(0.7) => {
				let principal = self.index_of(real).unwrap_or(who);
				let delegate = self.index_of(delegate).unwrap_or(who);
				let call = self.inner(rng, principal);
				Tx::Signed(
					delegate,
					RuntimeCall::Proxy(pallet_proxy::Call::proxy {
						real: real.clone().into(),
						force_proxy_type: None,
						call: Box::new(call),
					}),
				)
			},
			_ => Tx::Signed(
				who,
				RuntimeCall::Proxy(if rng.chance(0.85) {
					pallet_proxy::Call::add_proxy {
						delegate: self.account(rng).into(),
						proxy_type,
						delay: 0,
					}
				} else {
					pallet_proxy::Call::remove_proxies {}
				}),
			),
		}
	}

	fn multisig(&mut self, rng: &mut Rng) -> RuntimeCall {
		let who = self.someone(rng);
		let call = self.inner(rng, who);
		let mut others = vec![self.account(rng)];
		others.sort();
		others.dedup();
		RuntimeCall::Multisig(pallet_multisig::Call::as_multi_threshold_1 {
			other_signatories: others,
			call: Box::new(call),
		})
	}
}

fn pallet_sudo_call(call: RuntimeCall) -> pallet_sudo::Call<Runtime> {
	pallet_sudo::Call::sudo { call: Box::new(call) }
}
