package org.itm.core.validation.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * States how a check method's result follows from its arguments, for the null checker of the build (NullAway reads
 * it as configured by {@code -XepOpt:NullAway:CustomContractAnnotations}); it has no behaviour at run time.
 *
 * <p>The value uses the JetBrains contract grammar: {@code "null, _ -> fail"} says that the method never returns
 * normally when its first argument is null, so a caller may use that argument as non-null after the call.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Contract {

    /**
     * The contract clauses, separated by {@code ;}.
     *
     * @return the contract
     */
    String value();
}
