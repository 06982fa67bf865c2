package nl.reflectiewerkplaats.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.CaseEvent;
import nl.reflectiewerkplaats.live.LiveGap;
import nl.reflectiewerkplaats.live.Presence;
import nl.reflectiewerkplaats.live.PresenceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a view takes live updates.
 *
 * <p>Each browser tab (UI) holds <em>one</em> subscription per case it shows, however
 * many components listen: the components bind their handlers to it while they are
 * attached. Whatever the broadcaster has queued for the tab arrives as one batch on
 * the broadcaster's delivery thread (never the writer's), is applied inside one
 * {@link UI#access} to every bound handler that wants it, in the order it was stored,
 * and goes to the browser as one push.
 */
public final class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private LiveUpdates() {
    }

    /**
     * Calls {@code handler} with every event of {@code type} of the case while
     * {@code owner} is attached. A component that is detached (e.g. in a hidden tab)
     * gets nothing meanwhile and should re-read what it shows when attached again.
     */
    public static <E extends CaseEvent> void bind(Component owner, CaseBroadcaster broadcaster, String caseId,
                                                  Actor actor, Class<E> type, SerializableConsumer<E> handler) {
        Binding<E> binding = new Binding<>(type, handler);
        Runnable attach = () -> {
            UI ui = owner.getUI().orElseThrow();
            binding.channel = ViewChannel.of(ui, broadcaster, caseId, actor);
            binding.channel.add(binding);
        };
        owner.addAttachListener(e -> attach.run());
        owner.addDetachListener(e -> {
            if (binding.channel != null) {
                binding.channel.remove(binding);
                binding.channel = null;
            }
        });
        if (owner.isAttached()) {
            attach.run();
        }
    }

    /** Marks the actor present in the meeting while the component is attached. */
    public static void trackPresence(Component owner, PresenceRegistry registry, String caseId, String meetingId,
                                     Presence who) {
        String[] key = new String[1];
        owner.addAttachListener(e -> {
            UI ui = e.getUI();
            key[0] = registry.enter(caseId, meetingId, who, () -> ui.getInternals().getLastHeartbeatTimestamp());
        });
        owner.addDetachListener(e -> {
            if (key[0] != null) {
                registry.leave(key[0]);
                key[0] = null;
            }
        });
    }

    /** One handler of one component. */
    private static final class Binding<E extends CaseEvent> {
        final Class<E> type;
        final SerializableConsumer<E> handler;
        ViewChannel channel;

        Binding(Class<E> type, SerializableConsumer<E> handler) {
            this.type = type;
            this.handler = handler;
        }

        void offer(CaseEvent event) {
            if (type.isInstance(event)) {
                handler.accept(type.cast(event));
            }
        }
    }

    /**
     * The one subscription of a tab to a case. Bindings are added and removed under the
     * session lock (attach, detach) and read under it (inside {@link UI#access}); the
     * set of wanted event types is also kept where the delivery thread can read it
     * without the lock, so events no component wants never wait for the lock.
     */
    private static final class ViewChannel {
        private final UI ui;
        private final String caseId;
        private final String actorId;
        private final List<Binding<?>> bindings = new ArrayList<>();
        private final Set<Class<?>> wanted = new CopyOnWriteArraySet<>();
        private CaseBroadcaster.Subscription subscription;

        private ViewChannel(UI ui, String caseId, String actorId) {
            this.ui = ui;
            this.caseId = caseId;
            this.actorId = actorId;
        }

        @SuppressWarnings("unchecked")
        static List<ViewChannel> channelsOf(UI ui) {
            List<ViewChannel> channels = (List<ViewChannel>) ComponentUtil.getData(ui, ViewChannel.class.getName());
            if (channels == null) {
                channels = new ArrayList<>(1);
                ComponentUtil.setData(ui, ViewChannel.class.getName(), channels);
            }
            return channels;
        }

        static ViewChannel of(UI ui, CaseBroadcaster broadcaster, String caseId, Actor actor) {
            List<ViewChannel> channels = channelsOf(ui);
            for (ViewChannel channel : channels) {
                if (channel.caseId.equals(caseId) && channel.actorId.equals(actor.id())) {
                    return channel;
                }
            }
            ViewChannel channel = new ViewChannel(ui, caseId, actor.id());
            channel.subscription = broadcaster.subscribeBatches(caseId, actor, channel::wants, channel::deliver);
            channels.add(channel);
            return channel;
        }

        void add(Binding<?> binding) {
            bindings.add(binding);
            wanted.add(binding.type);
        }

        void remove(Binding<?> binding) {
            bindings.remove(binding);
            wanted.removeIf(type -> bindings.stream().noneMatch(b -> b.type == type));
            if (bindings.isEmpty()) {
                subscription.cancel();
                channelsOf(ui).remove(this);
            }
        }

        private boolean wants(CaseEvent event) {
            if (event instanceof LiveGap) {
                return true;
            }
            for (Class<?> type : wanted) {
                if (type.isInstance(event)) {
                    return true;
                }
            }
            return false;
        }

        /** On the broadcaster's delivery thread: one lock, one push for the whole batch. */
        private void deliver(List<CaseEvent> batch) {
            try {
                ui.access(() -> {
                    if (batch.stream().anyMatch(LiveGap.class::isInstance)) {
                        // changes may have been missed: read everything afresh
                        ui.getPage().reload();
                        return;
                    }
                    for (CaseEvent event : batch) {
                        // a copy: a handler may attach or detach components (and so bindings)
                        for (Binding<?> binding : List.copyOf(bindings)) {
                            if (binding.channel != this) {
                                continue;
                            }
                            try {
                                binding.offer(event);
                            } catch (RuntimeException e) {
                                log.warn("A view could not apply a live update ({}) for case {}",
                                        event.getClass().getSimpleName(), caseId, e);
                            }
                        }
                    }
                });
            } catch (UIDetachedException ignored) {
                // the tab closed while the changes were on their way
            }
        }
    }
}
