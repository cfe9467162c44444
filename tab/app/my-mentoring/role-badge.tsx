import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { EnrolmentView } from "../../../core/my-mentoring";
import { useTexts } from "../texts/texts-context";

type Role = EnrolmentView["role"];

const APPEARANCE: Readonly<Record<Role, BadgeProps["appearance"]>> = { mentor: "filled", mentee: "tint" };

/** "Mentor" (filled) or "Mentee" (tinted): told apart by shape as well as by word, the same on every screen. */
export function RoleBadge({
  role,
  size = "medium",
}: {
  readonly role: Role;
  readonly size?: BadgeProps["size"];
}) {
  const texts = useTexts();
  return (
    <Badge appearance={APPEARANCE[role]} color="brand" size={size}>
      {texts.role.names[role]}
    </Badge>
  );
}
