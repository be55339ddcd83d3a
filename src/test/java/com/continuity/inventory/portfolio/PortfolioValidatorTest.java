package com.continuity.inventory.portfolio;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.continuity.inventory.Provider;
import com.continuity.shared.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioValidatorTest {

    @Test
    void aSingleServiceIsCheckedAgainstStoredKeysWithBareFieldPaths() {
        BusinessService service = new BusinessService("chatbot", "Chatbot", "sales", 0, null, null, null,
                new BigDecimal("10"), "EUR", null, List.of(new Dependency("answers", "Answers", List.of(
                new Path("direct", PathRole.PRIMARY, null, null, null, List.of("claude-api", "gone"), List.of())))), 3);

        List<FieldError> errors = PortfolioValidator.validateService(service, "", Set.of("support"), Set.of("claude-api"));

        assertThat(errors).extracting(FieldError::path).containsExactly("team", "tier", "dependencies[0].paths[0].requires[1]");
        assertThat(errors).allSatisfy(error -> assertThat(error.line()).isNull());
    }

    @Test
    void aProviderCannotBeItsOwnParentNorPartOfALoop() {
        assertThat(PortfolioValidator.validateProvider(new Provider("aws", "AWS", null, "aws"), "", Set.of("aws")))
                .extracting(FieldError::message).containsExactly("provider 'aws' cannot be its own parent");

        var loop = new com.continuity.inventory.Portfolio(List.of(), List.of(new Provider("a", "A", null, "b"),
                new Provider("b", "B", null, "a")), List.of(), List.of());
        assertThat(PortfolioValidator.validate(loop)).extracting(FieldError::path, FieldError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("providers[0].parent", "provider parents go round in a circle: a -> b -> a"),
                org.assertj.core.groups.Tuple.tuple("providers[1].parent", "provider parents go round in a circle: b -> a -> b"));
    }

    @Test
    void aStatusPageMustBeAWebAddress() {
        assertThat(PortfolioValidator.validateProvider(new Provider("x", "X", "status.example.com", null), "providers[0]", Set.of()))
                .extracting(FieldError::path).containsExactly("providers[0].statusPage");
    }
}
