//! The per-block hook and the timeouts it looks at: each job is filed under the block at which
//! its deadline or challenge period ends.

use crate::*;
use frame_support::{pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating};

/// How many consecutive blocks a timeout may spill into when its block is full.
pub(crate) const TIMEOUT_SPILL: u32 = 8;

impl<T: Config> Pallet<T> {
	/// The per-block hook: base fees, timeouts, admission. Returns its weight.
	pub(crate) fn do_on_initialize(now: BlockNumberFor<T>) -> Weight {
		Self::update_base_fees();
		let (timeouts, lapsed) = Self::process_timeouts(now);
		let (admitted, workers) = Self::admit_jobs(now);
		T::WeightInfo::on_initialize_base()
			.saturating_add(T::WeightInfo::process_timeouts(timeouts))
			.saturating_add(T::WeightInfo::expire_pending(lapsed))
			.saturating_add(T::WeightInfo::admit_jobs(admitted, workers))
	}

	/// Files `job` for a look at block `at`, or one of the next few blocks if `at` is full.
	/// Returns the block it was filed under.
	pub(crate) fn schedule_timeout(
		at: BlockNumberFor<T>,
		job: JobId,
	) -> Result<BlockNumberFor<T>, Error<T>> {
		let mut block = at;
		for _ in 0..TIMEOUT_SPILL {
			let filed = Timeouts::<T>::try_mutate(block, |list| list.try_push(job));
			if filed.is_ok() {
				return Ok(block);
			}
			block = block.saturating_add(One::one());
		}
		Err(Error::<T>::TooManyTimeouts)
	}

	/// Whether a timeout could be filed at `at` (or the blocks it may spill into).
	pub(crate) fn can_schedule_timeout(at: BlockNumberFor<T>) -> bool {
		let mut block = at;
		for _ in 0..TIMEOUT_SPILL {
			if (Timeouts::<T>::decode_len(block).unwrap_or(0) as u32)
				< T::MaxTimeoutsPerBlock::get()
			{
				return true;
			}
			block = block.saturating_add(One::one());
		}
		false
	}
}

/// One value per hardware class, reached by the class itself, so no lookup can miss.
#[derive(Default)]
pub(crate) struct PerClass<V> {
	cpu: V,
	consumer_gpu: V,
	datacenter_gpu: V,
}

impl<V> PerClass<V> {
	/// `f` of each class.
	pub(crate) fn from_fn(mut f: impl FnMut(HardwareClass) -> V) -> Self {
		Self {
			cpu: f(HardwareClass::Cpu),
			consumer_gpu: f(HardwareClass::ConsumerGpu),
			datacenter_gpu: f(HardwareClass::DatacenterGpu),
		}
	}

	/// The value of `class`.
	pub(crate) fn get(&self, class: HardwareClass) -> &V {
		match class {
			HardwareClass::Cpu => &self.cpu,
			HardwareClass::ConsumerGpu => &self.consumer_gpu,
			HardwareClass::DatacenterGpu => &self.datacenter_gpu,
		}
	}

	/// The value of `class`, to change.
	pub(crate) fn get_mut(&mut self, class: HardwareClass) -> &mut V {
		match class {
			HardwareClass::Cpu => &mut self.cpu,
			HardwareClass::ConsumerGpu => &mut self.consumer_gpu,
			HardwareClass::DatacenterGpu => &mut self.datacenter_gpu,
		}
	}

	/// The values, in [`HardwareClass::ALL`]'s order.
	pub(crate) fn into_values(self) -> [V; 3] {
		[self.cpu, self.consumer_gpu, self.datacenter_gpu]
	}
}
