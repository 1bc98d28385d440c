package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.Repr;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The data of an interaction. Which fields it has depends on the interaction's type: commands have
 * an id, name and options, components a custom id and component type, modals a custom id and
 * components.
 */
@GatewayModel(builder = true)
public interface InteractionData {

  /** The invoked command's id. */
  @Repr
  Optional<Snowflake> id();

  /** The invoked command's name. */
  @Repr
  Optional<String> name();

  /** The invoked command's type (1 slash, 2 user, 3 message). */
  OptionalInt type();

  /** The users, members, roles, channels, messages and attachments the options or target refer to. */
  Optional<ResolvedData> resolved();

  /** The command's options (empty when absent). */
  List<InteractionOption> options();

  /** The guild of a guild command. */
  Optional<Snowflake> guildId();

  /** The user or message a context menu command targets. */
  Optional<Snowflake> targetId();

  /** The custom id of the component or modal. */
  @Repr
  Optional<String> customId();

  /** The type of the component. */
  OptionalInt componentType();

  /** The values a select menu user picked (empty when absent). */
  List<String> values();

  /** A submitted modal's components, as sent. */
  Optional<RawJson> components();
}
