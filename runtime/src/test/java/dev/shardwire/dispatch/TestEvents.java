package dev.shardwire.dispatch;

import dev.shardwire.GatewayBot;
import dev.shardwire.events.Event;
import dev.shardwire.models.Intents;
import dev.shardwire.spi.EventTable;
import dev.shardwire.spi.EventType;
import java.util.Optional;

/**
 * Hand-written event types for the dispatch tests: Animal (base) &lt;- Dog (base) &lt;- Puppy, Animal
 * &lt;- Cat, and Guarded, which needs the GUILD_MEMBERS intent.
 */
final class TestEvents {

  static final GatewayBot APP = GatewayBot.builder().build();

  interface Animal extends Event {
    int n();
  }

  interface Dog extends Animal {}

  interface Puppy extends Dog {}

  interface Cat extends Animal {}

  interface Guarded extends Event {}

  static final EventType<Event> EVENT = dev.shardwire.events.ShardwireEventTable.EVENT;
  static final EventType<Animal> ANIMAL = EventType.base(Animal.class, Intents.NONE.value(), EVENT);
  static final EventType<Dog> DOG = EventType.base(Dog.class, Intents.NONE.value(), ANIMAL, EVENT);
  static final EventType<Puppy> PUPPY =
      EventType.concrete(Puppy.class, "PUPPY", Intents.NONE.value(), DOG, ANIMAL, EVENT);
  static final EventType<Cat> CAT =
      EventType.concrete(Cat.class, "CAT", Intents.NONE.value(), ANIMAL, EVENT);
  static final EventType<Guarded> GUARDED =
      EventType.concrete(Guarded.class, "", Intents.GUILD_MEMBERS.value(), EVENT);

  record PuppyImpl(int n) implements Puppy {
    @Override
    public GatewayBot app() {
      return APP;
    }

    @Override
    public EventType<? extends Event> eventType() {
      return PUPPY;
    }
  }

  record CatImpl(int n) implements Cat {
    @Override
    public GatewayBot app() {
      return APP;
    }

    @Override
    public EventType<? extends Event> eventType() {
      return CAT;
    }
  }

  static Puppy puppy(int n) {
    return new PuppyImpl(n);
  }

  static Cat cat(int n) {
    return new CatImpl(n);
  }

  /** The table of these types, for lookups by class. */
  static final EventTable TABLE =
      new EventTable() {
        @Override
        public java.util.List<EventType<?>> types() {
          return java.util.List.of(ANIMAL, DOG, PUPPY, CAT, GUARDED);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <E> Optional<EventType<E>> typeOf(Class<E> type) {
          for (EventType<?> candidate : types()) {
            if (candidate.type() == type) {
              return Optional.of((EventType<E>) candidate);
            }
          }
          return Optional.empty();
        }

        @Override
        public Optional<dev.shardwire.spi.EventDecoder<?>> decoderFor(String gatewayName) {
          return Optional.empty();
        }
      };

  static EventManager manager() {
    return EventManager.builder().table(TABLE).executor(Runnable::run).build();
  }

  private TestEvents() {}
}
