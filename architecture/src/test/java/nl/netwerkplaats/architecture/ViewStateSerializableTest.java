package nl.netwerkplaats.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * In a cluster, Payara replicates the HTTP session, and with it every session-scoped bean and the view-scoped beans
 * (in "activeViewMaps"). One field that cannot be serialised loses the whole view state on failover ("Cannot
 * serialize session attribute activeViewMaps"). This test walks the fields of every such bean in the web layer, and
 * of what they hold, and names each field whose type cannot be serialised.
 *
 * <p>Injected fields ({@code @Inject}, {@code @EJB}) are left to the container: Weld checks at deployment that a
 * passivating scope gets only passivation-capable dependencies, and the proxies of normal-scoped beans and EJBs
 * serialise. Collections and maps count as serialisable when their type arguments are.
 */
class ViewStateSerializableTest {

    private static final Set<String> PASSIVATING = Set.of("jakarta.faces.view.ViewScoped",
            "jakarta.enterprise.context.SessionScoped", "jakarta.enterprise.context.ConversationScoped",
            "org.omnifaces.cdi.ViewScoped", "jakarta.faces.flow.FlowScoped");
    private static final Set<String> INJECTION = Set.of("jakarta.inject.Inject", "jakarta.ejb.EJB",
            "jakarta.annotation.Resource");

    @Test
    void everyFieldOfViewAndSessionScopedBeansCanBeSerialised() {
        List<Class<?>> beans = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.netwerkplaats.web").stream()
                .filter(c -> c.getAnnotations().stream().anyMatch(a -> PASSIVATING.contains(a.getRawType().getName())))
                .map(JavaClass::reflect)
                .toList();
        assertTrue(beans.size() > 10, "found the view and session scoped beans: " + beans.size());
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            fields(bean, bean.getSimpleName(), problems, seen);
        }
        assertEquals(List.of(), problems, "fields that would break session replication");
    }

    private static void fields(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int modifiers = f.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || f.isSynthetic()) {
                    continue;
                }
                if (java.util.Arrays.stream(f.getAnnotations())
                        .anyMatch(a -> INJECTION.contains(a.annotationType().getName()))) {
                    continue;
                }
                check(f.getGenericType(), path + "." + f.getName(), problems, seen);
            }
        }
    }

    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                for (Type argument : p.getActualTypeArguments()) {
                    check(argument, path + "<>", problems, seen);
                }
                return;
            }
            check(raw, path, problems, seen);
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, path + "<>", problems, seen);
            }
            return;
        }
        if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                check(bound, path, problems, seen);
            }
            return;
        }
        if (type instanceof TypeVariable<?> || type == Object.class) {
            return;
        }
        if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), path + "[]", problems, seen);
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c.isArray()) {
            check(c.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (c.isPrimitive() || c.isEnum()) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName());
            return;
        }
        if (c.getName().startsWith("nl.netwerkplaats.") && seen.add(c)) {
            fields(c, c.getSimpleName(), problems, seen);
        }
    }
}
