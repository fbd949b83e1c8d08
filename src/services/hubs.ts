/**
 * Which entities are hubs, learned from the relation totals already read. A hub's relation page is cheaper through
 * its per-type counters (generated/relations-of-hubs: on the 1M bench's 5,209-relation hub, 1.2k db hits and 5–11 ms
 * against 26k and 17–22 ms); a small entity's through one walk of its relationships (generated/relations-of-entities),
 * because the counter statement's bigger plan costs up to 0.5 ms a run. Measured one client at a time on the 1M
 * graph, the walk was ahead at 301 relations and the counters at 502 (bench/README.md). A page starts
 * before its entity is read, so the degree is not known up front: the first page of a hub takes the walk and
 * marks it. A stale mark only costs time, since both statements answer for any entity.
 */
export const HUB_DEGREE = 300;

export class HubHints {
  // Insertion order makes the Set a FIFO: the oldest mark goes first when full.
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = 10_000) {}

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** `whole`: the total counted every relation of the entity, so a small total unmarks it. */
  observe(id: string, total: number, whole: boolean): void {
    if (total > HUB_DEGREE) {
      if (this.ids.has(id)) return;
      if (this.ids.size >= this.capacity) {
        const oldest = this.ids.values().next();
        if (!oldest.done) this.ids.delete(oldest.value);
      }
      this.ids.add(id);
    } else if (whole) {
      this.ids.delete(id);
    }
  }
}
