package com.continuity.inventory;

/**
 * Someone to reach during an incident of a service: {@code reach} is how (phone, e-mail, pager or chat
 * channel), as the team writes it.
 */
public record Contact(ContactRole role, String name, String reach) {
}
