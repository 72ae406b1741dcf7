//! Lineage queries: the ancestry of a dataset, model or output, bounded in depth and size.

use crate::{pallet::*, types::*};
use alloc::{
	collections::{BTreeSet, VecDeque},
	vec::Vec,
};
use frame_support::traits::Get;

impl<T: Config> Pallet<T> {
	/// The item's owner (a dataset's or model's owner, an output's creator) and the items it
	/// comes from directly, if it exists.
	fn origins(item: &ProvenanceItem) -> Option<(T::AccountId, Vec<ProvenanceItem>)> {
		match item {
			ProvenanceItem::Dataset(id) => Datasets::<T>::get(id).map(|d| (d.owner, Vec::new())),
			ProvenanceItem::Model(id) => Models::<T>::get(id).map(|m| {
				let parents = m
					.base_model
					.map(ProvenanceItem::Model)
					.into_iter()
					.chain(m.datasets.iter().copied().map(ProvenanceItem::Dataset))
					.collect();
				(m.owner, parents)
			}),
			ProvenanceItem::Output(id) => Outputs::<T>::get(id).map(|o| {
				let parents = core::iter::once(ProvenanceItem::Model(o.model))
					.chain(o.parents.iter().copied().map(ProvenanceItem::Output))
					.collect();
				(o.creator, parents)
			}),
		}
	}

	/// The ancestry of `item`, breadth first and each ancestor once, down to `max_depth`
	/// (at most `MaxLineageDepth`) and at most `MaxLineageNodes` ancestors; `None` if the item
	/// does not exist.
	pub fn lineage(item: ProvenanceItem, max_depth: u32) -> Option<Lineage<T::AccountId>> {
		let max_depth = max_depth.min(T::MaxLineageDepth::get());
		let max_nodes = T::MaxLineageNodes::get() as usize;
		let (_, roots) = Self::origins(&item)?;
		let mut truncated = max_depth == 0 && !roots.is_empty();
		let mut seen = BTreeSet::from([item]);
		let mut queue = VecDeque::new();
		if max_depth > 0 {
			for parent in roots {
				if seen.insert(parent) {
					queue.push_back((parent, 1u32));
				}
			}
		}
		let mut ancestors = Vec::new();
		while let Some((ancestor, depth)) = queue.pop_front() {
			if ancestors.len() >= max_nodes {
				truncated = true;
				break;
			}
			let Some((owner, parents)) = Self::origins(&ancestor) else { continue };
			if depth < max_depth {
				for parent in parents.iter() {
					if seen.insert(*parent) {
						queue.push_back((*parent, depth.saturating_add(1)));
					}
				}
			} else if !parents.is_empty() {
				truncated = true;
			}
			ancestors.push(LineageNode { item: ancestor, depth, owner, parents });
		}
		Some(Lineage { item, ancestors, truncated })
	}
}
