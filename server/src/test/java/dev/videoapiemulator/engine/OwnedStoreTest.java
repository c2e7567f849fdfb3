package dev.videoapiemulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnedStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private record Item(String id, String owner, long sequence, Instant createdAt, String label) implements Owned {

        Item relabeled(String newLabel) {
            return new Item(id, owner, sequence, createdAt, newLabel);
        }
    }

    private static final Predicate<Item> ALL = item -> true;

    private OwnedStore<Item> store = new OwnedStore<>(100, 1000);

    /** Adds an item created {@code second} seconds after T0, in call order. */
    private Item add(String id, String owner, int second) {
        Item item = new Item(id, owner, store.nextSequence(), T0.plusSeconds(second), "v1");
        store.add(item);
        return item;
    }

    private Item add(String id, String owner) {
        return add(id, owner, 0);
    }

    private static List<String> ids(Page<Item> page) {
        return page.items().stream().map(Item::id).toList();
    }

    private List<String> allIds() {
        return store.newestFirst().stream().map(Item::id).toList();
    }

    @Test
    void anEmptyStoreHasNothing() {
        assertEquals(0, store.size());
        assertEquals(Optional.empty(), store.find("a", "x"));
        assertEquals(Optional.empty(), store.findAnyOwner("x"));
        assertEquals(new Page<>(List.of(), false), store.page("a", null, 10, true, ALL));
        assertEquals(List.of(), allIds());
        assertEquals(0, store.removeCreatedBefore(owner -> T0.plusSeconds(1)));
        assertEquals(0, store.removeIf(item -> true));
    }

    @Test
    void sequencesRiseByOne() {
        assertEquals(1, store.nextSequence());
        assertEquals(2, store.nextSequence());
        assertEquals(3, store.nextSequence());
    }

    @Test
    void theOwnerFindsItsItem() {
        Item item = add("x", "a");
        assertEquals(Optional.of(item), store.find("a", "x"));
        assertEquals(Optional.of(item), store.findAnyOwner("x"));
        assertEquals(1, store.size());
    }

    @Test
    void unknownAndNullIdsFindNothing() {
        add("x", "a");
        assertEquals(Optional.empty(), store.find("a", "y"));
        assertEquals(Optional.empty(), store.find("a", null));
        assertEquals(Optional.empty(), store.findAnyOwner("y"));
        assertEquals(Optional.empty(), store.findAnyOwner(null));
    }

    @Test
    void anotherOwnersItemIsInvisibleToFindUpdateDeleteAndPage() {
        Item item = add("x", "a");
        List<Item> changed = new ArrayList<>();

        assertEquals(Optional.empty(), store.find("b", "x"));
        assertEquals(Optional.empty(), store.update("b", "x", current -> {
            changed.add(current);
            return current.relabeled("v2");
        }));
        assertEquals(Optional.empty(), store.delete("b", "x"));
        assertEquals(new Page<>(List.of(), false), store.page("b", null, 10, true, ALL));
        // b's page must not accept a's id as a cursor either
        assertEquals(new Page<>(List.of(), false), store.page("b", "x", 10, true, ALL));

        assertEquals(List.of(), changed);
        assertEquals(Optional.of(item), store.find("a", "x"));
        assertEquals(1, store.size());
    }

    @Test
    void findAnyOwnerSeesEveryOwnersItems() {
        Item a = add("x", "a");
        Item b = add("y", "b");
        assertEquals(Optional.of(a), store.findAnyOwner("x"));
        assertEquals(Optional.of(b), store.findAnyOwner("y"));
    }

    @Test
    void thePerOwnerCapEvictsThatOwnersOldestOnly() {
        store = new OwnedStore<>(2, 100);
        add("a1", "a");
        add("b1", "b");
        add("a2", "a");
        add("a3", "a");

        assertEquals(List.of("a3", "a2", "b1"), allIds());
        assertEquals(Optional.empty(), store.find("a", "a1"));
        assertEquals(Optional.empty(), store.findAnyOwner("a1"));
        assertEquals(List.of("a2", "a3"), ids(store.page("a", null, 10, true, ALL)));
        assertEquals(3, store.size());
    }

    @Test
    void theTotalCapEvictsTheOldestOfAnyOwner() {
        store = new OwnedStore<>(100, 3);
        add("a1", "a");
        add("b1", "b");
        add("b2", "b");
        add("c1", "c");

        assertEquals(List.of("c1", "b2", "b1"), allIds());
        assertEquals(new Page<>(List.of(), false), store.page("a", null, 10, true, ALL));
        assertEquals(3, store.size());

        add("a2", "a");
        assertEquals(List.of("a2", "c1", "b2"), allIds());
        assertEquals(3, store.size());
    }

    @Test
    void aPerOwnerCapOfOneKeepsOnlyTheNewestOfEachOwner() {
        store = new OwnedStore<>(1, 100);
        add("a1", "a");
        add("b1", "b");
        Item a2 = add("a2", "a");

        assertEquals(List.of("a2", "b1"), allIds());
        assertEquals(Optional.of(a2), store.find("a", "a2"));
        assertEquals(Optional.empty(), store.find("a", "a1"));
        assertEquals(2, store.size());
    }

    @Test
    void aTotalCapOfOneKeepsOnlyTheNewestItem() {
        store = new OwnedStore<>(100, 1);
        add("a1", "a");
        Item b1 = add("b1", "b");

        assertEquals(List.of("b1"), allIds());
        assertEquals(Optional.of(b1), store.find("b", "b1"));
        assertEquals(Optional.empty(), store.findAnyOwner("a1"));
        assertEquals(1, store.size());
    }

    @Test
    void anItemEvictedByTheTotalCapLeavesItsOwnersCountRight() {
        // a's count must drop with the eviction, else a later add would evict a second item of a
        store = new OwnedStore<>(2, 3);
        add("a1", "a");
        add("a2", "a");
        add("b1", "b");
        add("b2", "b");
        add("a3", "a");

        assertEquals(List.of("a3", "b2", "b1"), allIds());
        add("a4", "a");
        assertEquals(List.of("a4", "a3", "b2"), allIds());
        assertEquals(List.of("a3", "a4"), ids(store.page("a", null, 10, true, ALL)));
    }

    @Test
    void anUpdateReplacesTheItemEverywhere() {
        add("x", "a");
        add("y", "a");

        Optional<Item> updated = store.update("a", "x", current -> current.relabeled("v2"));

        assertEquals("v2", updated.orElseThrow().label());
        assertEquals("v2", store.find("a", "x").orElseThrow().label());
        assertEquals("v2", store.findAnyOwner("x").orElseThrow().label());
        assertEquals(List.of("v2", "v1"),
                store.page("a", null, 10, true, ALL).items().stream().map(Item::label).toList());
        assertEquals(List.of("v1", "v2"), store.newestFirst().stream().map(Item::label).toList());
        assertEquals(2, store.size());
    }

    @Test
    void anUpdateKeepsTheItemsPlaceInCreationOrder() {
        add("x", "a");
        add("y", "a");
        store.update("a", "x", current -> current.relabeled("v2"));
        assertEquals(List.of("x", "y"), ids(store.page("a", null, 10, true, ALL)));
    }

    @Test
    void anUpdateOfAnUnknownIdChangesNothing() {
        add("x", "a");
        List<Item> changed = new ArrayList<>();
        assertEquals(Optional.empty(), store.update("a", "nope", current -> {
            changed.add(current);
            return current;
        }));
        assertEquals(List.of(), changed);
    }

    @Test
    void deleteRemovesTheItemOnce() {
        Item x = add("x", "a");
        add("y", "a");

        assertEquals(Optional.of(x), store.delete("a", "x"));
        assertEquals(Optional.empty(), store.delete("a", "x"));
        assertEquals(Optional.empty(), store.find("a", "x"));
        assertEquals(Optional.empty(), store.findAnyOwner("x"));
        assertEquals(List.of("y"), ids(store.page("a", null, 10, true, ALL)));
        assertEquals(1, store.size());
    }

    @Test
    void deletingAnOwnersLastItemLeavesItAnEmptyPage() {
        add("x", "a");
        store.delete("a", "x");
        assertEquals(new Page<>(List.of(), false), store.page("a", null, 10, true, ALL));
        assertEquals(0, store.size());
    }

    @Test
    void aDeletedItemNoLongerCountsTowardsTheCaps() {
        store = new OwnedStore<>(2, 100);
        add("a1", "a");
        add("a2", "a");
        store.delete("a", "a2");
        add("a3", "a");
        assertEquals(List.of("a1", "a3"), ids(store.page("a", null, 10, true, ALL)));
    }

    @Test
    void pagesListOneOwnersItemsInCreationOrderEitherWay() {
        add("a1", "a");
        add("b1", "b");
        add("a2", "a");
        add("a3", "a");

        assertEquals(new Page<>(List.of(store.find("a", "a1").orElseThrow(), store.find("a", "a2").orElseThrow(),
                store.find("a", "a3").orElseThrow()), false), store.page("a", null, 10, true, ALL));
        assertEquals(List.of("a3", "a2", "a1"), ids(store.page("a", null, 10, false, ALL)));
    }

    @Test
    void aShortPageSaysThereIsMore() {
        add("a1", "a");
        add("a2", "a");
        add("a3", "a");

        Page<Item> first = store.page("a", null, 2, true, ALL);
        assertEquals(List.of("a1", "a2"), ids(first));
        assertTrue(first.hasMore());

        Page<Item> newest = store.page("a", null, 2, false, ALL);
        assertEquals(List.of("a3", "a2"), ids(newest));
        assertTrue(newest.hasMore());
    }

    @Test
    void aPageThatTakesExactlyTheRestHasNoMore() {
        add("a1", "a");
        add("a2", "a");
        Page<Item> page = store.page("a", null, 2, true, ALL);
        assertEquals(List.of("a1", "a2"), ids(page));
        assertFalse(page.hasMore());
    }

    @Test
    void afterStartsPastTheCursorInTheChosenOrder() {
        add("a1", "a");
        add("a2", "a");
        add("a3", "a");
        add("a4", "a");

        Page<Item> ascending = store.page("a", "a2", 1, true, ALL);
        assertEquals(List.of("a3"), ids(ascending));
        assertTrue(ascending.hasMore());
        Page<Item> rest = store.page("a", "a3", 10, true, ALL);
        assertEquals(List.of("a4"), ids(rest));
        assertFalse(rest.hasMore());

        Page<Item> descending = store.page("a", "a3", 10, false, ALL);
        assertEquals(List.of("a2", "a1"), ids(descending));
        assertFalse(descending.hasMore());
    }

    @Test
    void afterTheLastItemGivesAnEmptyPage() {
        add("a1", "a");
        add("a2", "a");
        assertEquals(new Page<>(List.of(), false), store.page("a", "a2", 10, true, ALL));
        assertEquals(new Page<>(List.of(), false), store.page("a", "a1", 10, false, ALL));
    }

    @Test
    void anUnknownOrDeletedCursorGivesAnEmptyPage() {
        add("a1", "a");
        add("a2", "a");
        add("a3", "a");
        store.delete("a", "a2");

        assertEquals(new Page<>(List.of(), false), store.page("a", "nope", 10, true, ALL));
        assertEquals(new Page<>(List.of(), false), store.page("a", "a2", 10, true, ALL));
    }

    @Test
    void removeCreatedBeforeKeepsItemsCreatedAtTheCutoff() {
        add("a1", "a", 1);
        add("b1", "b", 2);
        add("a2", "a", 3);
        add("b2", "b", 4);

        assertEquals(2, store.removeCreatedBefore(owner -> T0.plusSeconds(3)));
        assertEquals(List.of("b2", "a2"), allIds());
        assertEquals(2, store.size());
        assertEquals(Optional.empty(), store.find("a", "a1"));
        assertEquals(List.of("a2"), ids(store.page("a", null, 10, true, ALL)));
    }

    @Test
    void eachOwnerIsSweptAgainstItsOwnCutoff() {
        add("a1", "a", 1);
        add("b1", "b", 100);
        add("b2", "b", 200);
        assertEquals(2, store.removeCreatedBefore(owner -> T0.plusSeconds(owner.equals("a") ? 10 : 150)));
        assertEquals(List.of("b2"), allIds());
    }

    @Test
    void removeCreatedBeforeTheFirstItemRemovesNothing() {
        add("a1", "a", 5);
        assertEquals(0, store.removeCreatedBefore(owner -> T0.plusSeconds(5)));
        assertEquals(1, store.size());
    }

    @Test
    void removeCreatedBeforeAfterTheLastItemRemovesEverything() {
        add("a1", "a", 1);
        add("b1", "b", 2);
        assertEquals(2, store.removeCreatedBefore(owner -> T0.plusSeconds(2).plusNanos(1)));
        assertEquals(0, store.size());
        assertEquals(List.of(), allIds());
    }

    @Test
    void removeIfTakesEveryOwnersMatchingItems() {
        add("a1", "a");
        add("b1", "b");
        add("a2", "a");
        store.update("b", "b1", current -> current.relabeled("gone"));
        store.update("a", "a2", current -> current.relabeled("gone"));

        assertEquals(2, store.removeIf(item -> item.label().equals("gone")));
        assertEquals(List.of("a1"), allIds());
        assertEquals(new Page<>(List.of(), false), store.page("b", null, 10, true, ALL));
        assertEquals(1, store.size());
        assertEquals(0, store.removeIf(item -> item.label().equals("gone")));
    }

    @Test
    void clearEmptiesTheStoreWhichThenWorksAsNew() {
        store = new OwnedStore<>(2, 3);
        add("a1", "a");
        add("a2", "a");
        add("b1", "b");

        store.clear();

        assertEquals(0, store.size());
        assertEquals(List.of(), allIds());
        assertEquals(Optional.empty(), store.findAnyOwner("a1"));
        assertEquals(new Page<>(List.of(), false), store.page("a", null, 10, true, ALL));

        // the caps count from zero again: two new items of a must both stay
        add("a3", "a");
        add("a4", "a");
        assertEquals(List.of("a3", "a4"), ids(store.page("a", null, 10, true, ALL)));
        assertEquals(2, store.size());
    }

    @Test
    void newestFirstIsALiveView() {
        var view = store.newestFirst();
        add("a1", "a");
        add("b1", "b");
        assertEquals(List.of("b1", "a1"), view.stream().map(Item::id).toList());
    }

    @Test
    void aPageHoldsOnlyWhatTheFilterAcceptsAndARefusedCursorGivesNothing() {
        add("a1", "a");
        add("b1", "a");
        add("a2", "a");
        add("a3", "a");
        Predicate<Item> onlyA = item -> item.id().startsWith("a");
        assertEquals(new Page<>(List.of(store.find("a", "a1").orElseThrow(), store.find("a", "a2").orElseThrow()), true),
                store.page("a", null, 2, true, onlyA));
        assertEquals(List.of("a3"), ids(store.page("a", "a2", 2, true, onlyA)));
        assertEquals(new Page<>(List.of(), false), store.page("a", "b1", 2, true, onlyA));
        assertEquals(List.of("b1", "a1"), ids(store.page("a", "a2", 5, false, ALL)));
    }

    @Test
    void aKeysItemsStayInCreationOrderThroughGrowthEvictionAndRemoval() {
        store = new OwnedStore<>(20, 1000);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            kept.add(add("i" + i, "a").id());
        }
        List<String> newest = kept.subList(30, 50);
        assertEquals(newest, ids(store.page("a", null, 100, true, ALL)));
        assertTrue(store.delete("a", "i40").isPresent());
        List<String> withoutForty = newest.stream().filter(id -> !id.equals("i40")).toList();
        assertEquals(withoutForty, ids(store.page("a", null, 100, true, ALL)));
        assertEquals(List.of("i41", "i42"), ids(store.page("a", "i39", 2, true, ALL)));
        assertEquals(List.of("i39", "i38"), ids(store.page("a", "i41", 2, false, ALL)));
        assertEquals(List.of(), ids(store.page("a", "i30", 5, false, ALL)));
    }

    @Test
    void anItemWhoseSequenceCameFirstButArrivedLaterTakesItsPlace() {
        long early = store.nextSequence();
        add("second", "a");
        store.add(new Item("first", "a", early, T0, "v1"));
        assertEquals(List.of("first", "second"), ids(store.page("a", null, 10, true, ALL)));
        assertEquals(List.of("second", "first"), ids(store.page("a", null, 10, false, ALL)));
    }

    @Test
    void addIfRoomRefusesBeyondEitherBoundAndDropsNothing() {
        store = new OwnedStore<>(2, 3);
        Item first = new Item("a1", "a", store.nextSequence(), T0, "v1");
        assertTrue(store.addIfRoom(first));
        assertTrue(store.addIfRoom(new Item("a2", "a", store.nextSequence(), T0, "v1")));
        assertFalse(store.addIfRoom(new Item("a3", "a", store.nextSequence(), T0, "v1")));
        assertEquals(Optional.empty(), store.find("a", "a3"));
        assertEquals(Optional.of(first), store.find("a", "a1"));

        assertTrue(store.addIfRoom(new Item("b1", "b", store.nextSequence(), T0, "v1")));
        assertFalse(store.addIfRoom(new Item("c1", "c", store.nextSequence(), T0, "v1")));
        assertEquals(3, store.size());
        assertEquals(List.of("b1", "a2", "a1"), allIds());

        store.delete("a", "a1");
        assertTrue(store.addIfRoom(new Item("a3", "a", store.nextSequence(), T0, "v1")));
        assertEquals(List.of("a3", "a2"), ids(store.page("a", null, 10, false, ALL)));
    }
}
