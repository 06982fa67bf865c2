package nl.reflectiewerkplaats.access;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/**
 * Checks that hold for whole kinds of service methods, applied around every
 * {@code @Service} bean of the app:
 * <ul>
 *   <li>every public method that takes an actor, a {@code caseId} and a {@code meetingId}
 *       goes through {@link AccessPolicy#checkMeetingOfCase} first: the meeting must
 *       belong to the case. The methods are found by their parameter names (the build
 *       keeps them), so an instrument added later is covered without a line of its own;
 *       {@code AccessMatrixTests} tries a mismatched pair on each;</li>
 *   <li>every method marked {@link Addition} holds a participant to the
 *       {@link ContributionLimits}.</li>
 * </ul>
 */
@Component
class ServiceCallGuard implements BeanPostProcessor {

    private static final String PACKAGE = "nl.reflectiewerkplaats";

    private final ObjectProvider<AccessPolicy> access;
    private final ObjectProvider<ContributionLimits> limits;
    /** Per method: the positions of actor, caseId and meetingId, or none when it takes no such pair. */
    private final Map<Method, int[]> pairs = new ConcurrentHashMap<>();

    ServiceCallGuard(ObjectProvider<AccessPolicy> access, ObjectProvider<ContributionLimits> limits) {
        this.access = access;
        this.limits = limits;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        if (!type.getPackageName().startsWith(PACKAGE) || !type.isAnnotationPresent(Service.class)
                // the access check itself, the log and the accounts hold no meeting
                || type.getPackageName().equals(ServiceCallGuard.class.getPackageName())
                || Arrays.stream(type.getMethods())
                        .noneMatch(m -> positions(m) != null || m.isAnnotationPresent(Addition.class))) {
            return bean;
        }
        MethodInterceptor guard = invocation -> {
            Method method = AopUtils.getMostSpecificMethod(invocation.getMethod(), type);
            Object[] args = invocation.getArguments();
            int[] at = pairs.computeIfAbsent(method, ServiceCallGuard::positionsOrNone);
            if (at.length == 3) {
                access.getObject().checkMeetingOfCase((Actor) args[at[0]], (String) args[at[1]], (String) args[at[2]],
                        type.getSimpleName() + "." + method.getName());
            }
            if (!method.isAnnotationPresent(Addition.class) || args.length == 0 || !(args[0] instanceof Actor actor)) {
                return invocation.proceed();
            }
            limits.getObject().beforeAddition(actor);
            Object result = invocation.proceed();
            limits.getObject().added(actor);
            return result;
        };
        if (bean instanceof Advised advised) {
            advised.addAdvisor(0, new DefaultPointcutAdvisor(guard));
            return bean;
        }
        ProxyFactory factory = new ProxyFactory(bean);
        factory.setProxyTargetClass(true);
        factory.addAdvice(guard);
        return factory.getProxy(type.getClassLoader());
    }

    private static int[] positionsOrNone(Method method) {
        int[] at = positions(method);
        return at == null ? new int[0] : at;
    }

    /** Positions of (actor, caseId, meetingId) in a public method's parameters, or null. */
    static int @Nullable [] positions(Method method) {
        if (!Modifier.isPublic(method.getModifiers())) {
            return null;
        }
        int actor = -1;
        int caseId = -1;
        int meetingId = -1;
        Parameter[] params = method.getParameters();
        for (int i = 0; i < params.length; i++) {
            if (params[i].getType() == Actor.class && actor < 0) {
                actor = i;
            } else if (params[i].getType() == String.class && params[i].getName().equals("caseId")) {
                caseId = i;
            } else if (params[i].getType() == String.class && params[i].getName().equals("meetingId")) {
                meetingId = i;
            }
        }
        return actor >= 0 && caseId >= 0 && meetingId >= 0 ? new int[] {actor, caseId, meetingId} : null;
    }
}
